import { describeError, fieldProblems, httpStatus, type Role } from '@elif/web-kit'
import { useCreateUser, type NewUser } from '../identity/api'
import { Alert, Button, PasswordInput, Stack, TextInput, Title } from '@mantine/core'
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
 * Creates a user with an initial password. The server validates (password rules included): field errors
 * appear under the inputs, anything else (a taken username or email) above the button.
 */
export function NewUserForm() {
  const form = useForm<FormValues>({ mode: 'uncontrolled', initialValues: EMPTY })
  const createUser = useCreateUser()
  const [formError, setFormError] = useState<string | null>(null)
  const [created, setCreated] = useState<string | null>(null)

  const showError = (error: Error) => {
    const { byField, others, any } = fieldProblems(error, FIELDS)
    form.setErrors(byField)
    const onlyFieldErrors = httpStatus(error) !== 409 && any && others.length === 0
    setFormError(onlyFieldErrors ? null : [describeError(error), ...others].join(' '))
  }

  const submit = (values: FormValues) => {
    setFormError(null)
    setCreated(null)
    createUser.mutate(toNewUser(values), {
      onSuccess: (user) => {
        form.reset()
        setCreated(user.username)
      },
      onError: showError,
    })
  }

  return (
    <form data-testid="new-user-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>New user</Title>
        <TextInput label="Username" autoComplete="off" key={form.key('username')} {...form.getInputProps('username')} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <TextInput label="Display name" key={form.key('displayName')} {...form.getInputProps('displayName')} />
        <RoleCheckboxes key={form.key('roles')} {...form.getInputProps('roles')} />
        <PasswordInput
          label="Initial password"
          description="8 to 128 characters, not a common password"
          autoComplete="new-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        {formError && (
          <Alert color="red" data-testid="new-user-error">
            {formError}
          </Alert>
        )}
        {created && (
          <Alert color="green" data-testid="new-user-created" withCloseButton onClose={() => setCreated(null)}>
            User {created} created.
          </Alert>
        )}
        <Button type="submit" loading={createUser.isPending}>
          Create user
        </Button>
      </Stack>
    </form>
  )
}
