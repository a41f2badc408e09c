import { Button, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useState } from 'react'
import type { Credentials } from '../api/auth'
import { describeError, problemType, retryAfterSeconds } from '../api/http'
import { expectedTenantId } from '../api/tenant'
import { FormFeedback } from '../form/FormFeedback'
import { useProblemFields } from '../form/problemFields'
import { useLogin } from './session'

interface FormValues {
  company: string
  login: string
  password: string
  totpCode: string
}

/** Seconds left of a wait, counting down every second to 0, and the function that starts (or ends) one. */
function useCountdown() {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    if (seconds <= 0) return undefined
    const timer = window.setTimeout(() => setSeconds((left) => Math.max(0, left - 1)), 1000)
    return () => window.clearTimeout(timer)
  }, [seconds])
  return [seconds, setSeconds] as const
}

/**
 * Username (or email) and password; the company when neither the host name nor the build tells the tenant;
 * the authentication code once the server asks for it.
 */
export function LoginForm() {
  const [needsCompany] = useState(() => expectedTenantId() === undefined)
  const [askTotp, setAskTotp] = useState(false)
  // What the login's own refusals say (wrong credentials or code); other problems are the form's.
  const [refusal, setRefusal] = useState<string | null>(null)
  const [secondsLocked, lockFor] = useCountdown()
  const login = useLogin()
  const form = useForm<FormValues>({
    initialValues: { company: '', login: '', password: '', totpCode: '' },
    validate: {
      company: (value) => (needsCompany && !value.trim() ? 'Enter your company' : null),
      login: (value) => (value.trim() ? null : 'Enter your username or email'),
      password: (value) => (value ? null : 'Enter your password'),
      totpCode: (value) => (askTotp && !value.trim() ? 'Enter the code from your authenticator app' : null),
    },
  })
  const problems = useProblemFields(form, {
    fields: ['login', 'password', ...(needsCompany ? ['company'] : []), ...(askTotp ? ['totpCode'] : [])],
  })

  const showError = (failure: Error) => {
    switch (problemType(failure)) {
      case 'invalid-credentials':
        if (askTotp) {
          // The server may not tell a wrong code from a wrong password: keep the password, retype the code.
          form.setFieldValue('totpCode', '')
          setRefusal('Wrong username or password, or wrong authentication code')
        } else {
          form.setFieldValue('password', '')
          setRefusal('Wrong username or password')
        }
        return
      case 'totp-required':
        setAskTotp(true)
        return
      case 'totp-invalid':
        setAskTotp(true)
        form.setFieldValue('totpCode', '')
        setRefusal('Wrong authentication code')
        return
      case 'too-many-attempts':
        lockFor(retryAfterSeconds(failure) ?? 60)
        return
      case 'tenant-unknown':
        if (needsCompany) form.setFieldError('company', describeError(failure))
        else setRefusal(describeError(failure))
        return
    }
    problems.show(failure)
  }

  const submit = (values: FormValues) => {
    setRefusal(null)
    problems.clear()
    lockFor(0)
    const credentials: Credentials = { login: values.login.trim(), password: values.password }
    if (needsCompany) credentials.company = values.company.trim()
    if (askTotp) credentials.totpCode = values.totpCode.replace(/\s+/g, '')
    login.mutate(credentials, { onError: showError })
  }

  const locked = secondsLocked > 0
  return (
    <form data-testid="login-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        {needsCompany && (
          <TextInput
            label="Company"
            placeholder="demo"
            autoComplete="organization"
            {...form.getInputProps('company')}
          />
        )}
        <TextInput label="Username or email" autoComplete="username" {...form.getInputProps('login')} />
        <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
        {askTotp && (
          <TextInput
            label="Authentication code"
            description="The 6-digit code from your authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={10}
            data-autofocus
            autoFocus
            {...form.getInputProps('totpCode')}
          />
        )}
        <FormFeedback
          testId="login"
          error={locked ? `Too many attempts, try again in ${secondsLocked} s` : (refusal ?? problems.message)}
        />
        <Button type="submit" loading={login.isPending} disabled={locked}>
          Sign in
        </Button>
      </Stack>
    </form>
  )
}
