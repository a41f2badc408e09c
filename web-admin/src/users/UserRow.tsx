import { describeError } from '@elif/web-kit'
import { useSetUserActive, type User } from '../identity/api'
import { Badge, Button, Group, Table, Text } from '@mantine/core'

interface UserRowProps {
  user: User
  onEditRoles: (user: User) => void
  onResetPassword: (user: User) => void
}

/** One user with the actions on them; a refusal (last admin, own account) appears beside the buttons. */
export function UserRow({ user, onEditRoles, onResetPassword }: UserRowProps) {
  const setActive = useSetUserActive()
  return (
    <Table.Tr data-testid="user-row" data-username={user.username}>
      <Table.Td ff="monospace">{user.username}</Table.Td>
      <Table.Td>{user.displayName}</Table.Td>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          {user.roles.map((role) => (
            <Badge key={role} size="sm" variant="light">
              {role}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Badge size="sm" color={user.active ? 'green' : 'gray'} data-testid="user-status">
            {user.active ? 'active' : 'disabled'}
          </Badge>
          {user.totpEnabled && (
            <Badge size="sm" color="blue" variant="outline" title="Two-factor authentication is on">
              2FA
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {setActive.isError && (
            <Text size="xs" c="red" maw={260} data-testid="user-action-error">
              {describeError(setActive.error)}
            </Text>
          )}
          <Button size="xs" variant="light" onClick={() => onEditRoles(user)}>
            Edit roles
          </Button>
          <Button
            size="xs"
            variant="light"
            color={user.active ? 'red' : 'green'}
            loading={setActive.isPending}
            onClick={() => setActive.mutate({ id: user.id, active: !user.active })}
          >
            {user.active ? 'Disable' : 'Enable'}
          </Button>
          <Button size="xs" variant="light" color="gray" onClick={() => onResetPassword(user)}>
            Reset password
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
