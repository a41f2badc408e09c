import { ROLES, type Role } from '@elif/web-kit'
import { Checkbox, Group } from '@mantine/core'

interface RoleCheckboxesProps {
  value?: Role[]
  defaultValue?: Role[]
  onChange?: (roles: Role[]) => void
  error?: string
}

/** One checkbox per role, labelled with the role's name (ADMIN, MANAGER, SALES, WAREHOUSE). */
export function RoleCheckboxes({ onChange, ...props }: RoleCheckboxesProps) {
  return (
    <Checkbox.Group label="Roles" onChange={(roles) => onChange?.(roles as Role[])} {...props}>
      <Group gap="md" mt={6}>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={role} />
        ))}
      </Group>
    </Checkbox.Group>
  )
}
