import { FormFeedback, useProblemFields } from '@elif/web-kit'
import { useResetUserPassword, type User } from '../identity/api'
import { Modal, PasswordInput, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ModalActions } from '../shared/ModalActions'

interface ResetPasswordModalProps {
  user: User
  onClose: () => void
  /** Called after the password was set, with the user's username. */
  onDone: (username: string) => void
}

/** An administrator sets a new password for a user (who forgot theirs). */
export function ResetPasswordModal({ user, onClose, onDone }: ResetPasswordModalProps) {
  const resetPassword = useResetUserPassword()
  const form = useForm({
    initialValues: { newPassword: '' },
    validate: { newPassword: (value) => (value ? null : 'Enter the new password') },
  })
  const problems = useProblemFields(form, { fields: ['newPassword'] })

  const submit = ({ newPassword }: { newPassword: string }) => {
    problems.clear()
    resetPassword.mutate(
      { id: user.id, newPassword },
      { onSuccess: () => onDone(user.username), onError: problems.show },
    )
  }

  return (
    <Modal opened onClose={onClose} title={`New password for ${user.displayName} (${user.username})`}>
      <form data-testid="reset-password-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <PasswordInput
            label="New password"
            description="8 to 128 characters, not a common password"
            autoComplete="new-password"
            data-autofocus
            {...form.getInputProps('newPassword')}
          />
          <FormFeedback testId="reset-password" error={problems.message} />
          <ModalActions onCancel={onClose} saving={resetPassword.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
