import { describeError, fieldProblems } from '@elif/web-kit'
import { useResetUserPassword, type User } from '../identity/api'
import { Alert, Modal, PasswordInput, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
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
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '' },
    validate: { newPassword: (value) => (value ? null : 'Enter the new password') },
  })

  const submit = ({ newPassword }: { newPassword: string }) => {
    setFormError(null)
    resetPassword.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => onDone(user.username),
        onError: (error) => {
          const { byField, others, any } = fieldProblems(error, ['newPassword', 'password'])
          const fieldError = byField.newPassword ?? byField.password
          if (fieldError) form.setFieldError('newPassword', fieldError)
          setFormError(any && others.length === 0 ? null : [describeError(error), ...others].join(' '))
        },
      },
    )
  }

  return (
    <Modal opened onClose={onClose} title={`New password for ${user.displayName} (${user.username})`}>
      <form data-testid="reset-password-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <PasswordInput
            label="New password"
            description="8 to 128 characters, not a common password"
            autoComplete="new-password"
            data-autofocus
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          {formError && (
            <Alert color="red" data-testid="reset-password-error">
              {formError}
            </Alert>
          )}
          <ModalActions onCancel={onClose} saving={resetPassword.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
