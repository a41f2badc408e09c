import { FormFeedback, useProblemFields, type Role } from '@elif/web-kit'
import { useCreateUser, type NewUser } from '../identity/api'
import { Button, PasswordInput, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { RoleCheckboxes } from './RoleCheckboxes'

interface FormValues {
  username: string
  email: string
  displayName: string
  roles: Role[]
  password: string
}

const EMPTY: FormValues = { username: '', email: '', displayName: '', roles: [], password: '' }
const FIELDS = Object.keys(EMPTY)

function toNewUser(values: FormValues): NewUser {
  return {
    username: values.username.trim(),
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    roles: values.roles,
    password: values.password,
  }
}

/**
 * Creates a user with an initial password. The server validates (password rules included) and refuses a
 * taken username or email: its messages appear under the inputs they name, anything else above the button.
 */
export function NewUserForm() {
  const form = useForm<FormValues>({ initialValues: EMPTY })
  const createUser = useCreateUser()
  const problems = useProblemFields(form, { fields: FIELDS })
  const [created, setCreated] = useState<string | null>(null)

  const submit = (values: FormValues) => {
    problems.clear()
    setCreated(null)
    createUser.mutate(toNewUser(values), {
      onSuccess: (user) => {
        form.reset()
        setCreated(user.username)
      },
      onError: problems.show,
    })
  }

  return (
    <form data-testid="new-user-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>New user</Title>
        <TextInput label="Username" autoComplete="off" {...form.getInputProps('username')} />
        <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
        <TextInput label="Display name" {...form.getInputProps('displayName')} />
        <RoleCheckboxes {...form.getInputProps('roles')} />
        <PasswordInput
          label="Initial password"
          description="8 to 128 characters, not a common password"
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <FormFeedback
          testId="new-user"
          error={problems.message}
          saved={created && `User ${created} created.`}
          savedTestId="new-user-created"
          onDismissSaved={() => setCreated(null)}
        />
        <Button type="submit" loading={createUser.isPending}>
          Create user
        </Button>
      </Stack>
    </form>
  )
}
