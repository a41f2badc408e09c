import { Alert, Button, PasswordInput, Stack, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { describeError, fieldProblems, problemType } from '../api/http'
import { useChangeOwnPassword } from '../api/profile'

interface FormValues {
  currentPassword: string
  newPassword: string
  repeatPassword: string
}

const EMPTY: FormValues = { currentPassword: '', newPassword: '', repeatPassword: '' }

/** Changes the signed-in user's password; the server checks the current one and the rules for the new one. */
export function PasswordForm() {
  const changePassword = useChangeOwnPassword()
  const [formError, setFormError] = useState<string | null>(null)
  const [changed, setChanged] = useState(false)
  const form = useForm<FormValues>({
    mode: 'uncontrolled',
    initialValues: EMPTY,
    validate: {
      currentPassword: (value) => (value ? null : 'Enter your current password'),
      newPassword: (value) => (value ? null : 'Enter a new password'),
      repeatPassword: (value, values) => (value === values.newPassword ? null : 'The passwords differ'),
    },
  })

  const showError = (error: Error) => {
    if (problemType(error) === 'wrong-password') {
      form.setFieldError('currentPassword', describeError(error))
      return
    }
    const { byField, others, any } = fieldProblems(error, ['currentPassword', 'newPassword'])
    form.setErrors(byField)
    setFormError(any && others.length === 0 ? null : [describeError(error), ...others].join(' '))
  }

  const submit = ({ currentPassword, newPassword }: FormValues) => {
    setFormError(null)
    setChanged(false)
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset()
          setChanged(true)
        },
        onError: showError,
      },
    )
  }

  return (
    <form data-testid="password-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>Password</Title>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="8 to 128 characters, not a common password"
          autoComplete="new-password"
          key={form.key('newPassword')}
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Repeat new password"
          autoComplete="new-password"
          key={form.key('repeatPassword')}
          {...form.getInputProps('repeatPassword')}
        />
        {formError && (
          <Alert color="red" data-testid="password-error">
            {formError}
          </Alert>
        )}
        {changed && (
          <Alert color="green" data-testid="password-changed" withCloseButton onClose={() => setChanged(false)}>
            Your password has been changed.
          </Alert>
        )}
        <Button type="submit" loading={changePassword.isPending}>
          Change password
        </Button>
      </Stack>
    </form>
  )
}
