import { Button, PasswordInput, Stack, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useChangeOwnPassword } from '../api/profile'
import { FormFeedback } from '../form/FormFeedback'
import { useProblemFields } from '../form/problemFields'

interface FormValues {
  currentPassword: string
  newPassword: string
  repeatPassword: string
}

const EMPTY: FormValues = { currentPassword: '', newPassword: '', repeatPassword: '' }

/** Changes the signed-in user's password; the server checks the current one and the rules for the new one. */
export function PasswordForm() {
  const changePassword = useChangeOwnPassword()
  const [changed, setChanged] = useState(false)
  const form = useForm<FormValues>({
    initialValues: EMPTY,
    validate: {
      currentPassword: (value) => (value ? null : 'Enter your current password'),
      newPassword: (value) => (value ? null : 'Enter a new password'),
      repeatPassword: (value, values) => (value === values.newPassword ? null : 'The passwords differ'),
    },
  })
  const problems = useProblemFields(form, { fields: ['currentPassword', 'newPassword'] })

  const submit = ({ currentPassword, newPassword }: FormValues) => {
    problems.clear()
    setChanged(false)
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset()
          setChanged(true)
        },
        onError: problems.show,
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
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="8 to 128 characters, not a common password"
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Repeat new password"
          autoComplete="new-password"
          {...form.getInputProps('repeatPassword')}
        />
        <FormFeedback
          testId="password"
          error={problems.message}
          saved={changed && 'Your password has been changed.'}
          savedTestId="password-changed"
          onDismissSaved={() => setChanged(false)}
        />
        <Button type="submit" loading={changePassword.isPending}>
          Change password
        </Button>
      </Stack>
    </form>
  )
}
