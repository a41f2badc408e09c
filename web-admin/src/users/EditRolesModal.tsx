import { describeError, type Role } from '@elif/web-kit'
import { useSetUserRoles, type User } from '../identity/api'
import { Alert, Modal, Stack } from '@mantine/core'
import { useState } from 'react'
import { RoleCheckboxes } from './RoleCheckboxes'
import { ModalActions } from '../shared/ModalActions'

interface EditRolesModalProps {
  user: User
  onClose: () => void
}

/** Replaces a user's roles; the server refuses to remove the last active admin, or to change one's own. */
export function EditRolesModal({ user, onClose }: EditRolesModalProps) {
  const [roles, setRoles] = useState<Role[]>(user.roles)
  const setUserRoles = useSetUserRoles()
  const save = () => setUserRoles.mutate({ id: user.id, roles }, { onSuccess: onClose })

  return (
    <Modal opened onClose={onClose} title={`Roles of ${user.displayName} (${user.username})`}>
      <form
        data-testid="roles-form"
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        <Stack>
          <RoleCheckboxes value={roles} onChange={setRoles} />
          {setUserRoles.isError && (
            <Alert color="red" data-testid="roles-error">
              {describeError(setUserRoles.error)}
            </Alert>
          )}
          <ModalActions onCancel={onClose} saving={setUserRoles.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
