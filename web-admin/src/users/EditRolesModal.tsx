import { FormFeedback, useProblemFields, type Role } from '@elif/web-kit'
import { useSetUserRoles, type User } from '../identity/api'
import { Modal, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { RoleCheckboxes } from './RoleCheckboxes'
import { ModalActions } from '../shared/ModalActions'

interface EditRolesModalProps {
  user: User
  onClose: () => void
}

/** Replaces a user's roles; the server refuses to remove the last active admin, or to change one's own. */
export function EditRolesModal({ user, onClose }: EditRolesModalProps) {
  const form = useForm<{ roles: Role[] }>({ initialValues: { roles: user.roles } })
  const setUserRoles = useSetUserRoles()
  const problems = useProblemFields(form, { fields: ['roles'] })

  const submit = ({ roles }: { roles: Role[] }) => {
    problems.clear()
    setUserRoles.mutate({ id: user.id, roles }, { onSuccess: onClose, onError: problems.show })
  }

  return (
    <Modal opened onClose={onClose} title={`Roles of ${user.displayName} (${user.username})`}>
      <form data-testid="roles-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <RoleCheckboxes {...form.getInputProps('roles')} />
          <FormFeedback testId="roles" error={problems.message} />
          <ModalActions onCancel={onClose} saving={setUserRoles.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
