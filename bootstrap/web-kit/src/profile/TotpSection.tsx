import { Button, Code, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { QRCodeSVG } from 'qrcode.react'
import { useEffect } from 'react'
import { useConfirmTotp, useDisableTotp, useStartTotpSetup, type TotpSetup } from '../api/profile'
import { useMe } from '../auth/session'
import { FormFeedback } from '../form/FormFeedback'
import { useProblemFields } from '../form/problemFields'

/** The secret as a QR code and as text, and the code from the app that puts it in force. */
function TotpConfirmForm({ setup, onCancel }: { setup: TotpSetup; onCancel: () => void }) {
  const confirm = useConfirmTotp()
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (value) => (/^\d{6}$/.test(value.replace(/\s+/g, '')) ? null : 'Enter the 6-digit code') },
  })
  const problems = useProblemFields(form, { fields: ['code'] })
  const submit = ({ code }: { code: string }) => {
    problems.clear()
    confirm.mutate(code.replace(/\s+/g, ''), { onError: problems.show })
  }

  return (
    <form data-testid="totp-setup-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Scan this code with an authenticator app (or type the secret into it), then enter the code it shows.
        </Text>
        <QRCodeSVG value={setup.otpauthUri} size={180} marginSize={2} data-testid="totp-qr" title="TOTP QR code" />
        <Text size="sm">
          Secret:{' '}
          <Code data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
            {setup.secret}
          </Code>
        </Text>
        <TextInput
          label="Code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          {...form.getInputProps('code')}
        />
        <FormFeedback testId="totp-setup" error={problems.message} />
        <Group>
          <Button type="submit" loading={confirm.isPending}>
            Confirm
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Turns two-factor authentication off, after the password. */
function TotpDisableForm() {
  const disable = useDisableTotp()
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : 'Enter your password') },
  })
  const problems = useProblemFields(form, { fields: ['password'] })
  const submit = ({ password }: { password: string }) => {
    problems.clear()
    disable.mutate(password, { onError: problems.show })
  }

  return (
    <form data-testid="totp-disable-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap">
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            style={{ flex: 1 }}
            {...form.getInputProps('password')}
          />
          <Button type="submit" mt={25} color="red" variant="light" loading={disable.isPending}>
            Turn off
          </Button>
        </Group>
        <FormFeedback testId="totp-disable" error={problems.message} />
      </Stack>
    </form>
  )
}

/** Starts the set-up, after the password: whoever merely finds the browser signed in cannot start it. */
function TotpStartForm({ startSetup }: { startSetup: ReturnType<typeof useStartTotpSetup> }) {
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : 'Enter your password') },
  })
  const problems = useProblemFields(form, { fields: ['password'] })
  const submit = ({ password }: { password: string }) => {
    problems.clear()
    startSetup.mutate(password, { onSuccess: () => form.reset(), onError: problems.show })
  }

  return (
    <form data-testid="totp-start-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <PasswordInput
          label="Password"
          description="Your current password, to set up two-factor authentication"
          autoComplete="current-password"
          {...form.getInputProps('password')}
        />
        <FormFeedback testId="totp-start" error={problems.message} />
        <Button type="submit" loading={startSetup.isPending} style={{ alignSelf: 'flex-start' }}>
          Set up two-factor authentication
        </Button>
      </Stack>
    </form>
  )
}

/** Two-factor authentication (TOTP): on, with the way to turn it off; or off, with the set-up. */
export function TotpSection() {
  const me = useMe()
  const startSetup = useStartTotpSetup()
  const { reset: forgetSetup } = startSetup
  // Once on, the secret of the set-up is of no more use (and must not reappear after turning it off).
  useEffect(() => {
    if (me.totpEnabled) forgetSetup()
  }, [me.totpEnabled, forgetSetup])

  let content
  if (me.totpEnabled) {
    content = (
      <>
        <Text data-testid="totp-status" c="green" fw={500}>
          Two-factor authentication is on
        </Text>
        <TotpDisableForm />
      </>
    )
  } else if (startSetup.data) {
    content = <TotpConfirmForm setup={startSetup.data} onCancel={forgetSetup} />
  } else {
    content = (
      <>
        <Text data-testid="totp-status" c="dimmed">
          Two-factor authentication is off
        </Text>
        <TotpStartForm startSetup={startSetup} />
      </>
    )
  }

  return (
    <Stack gap="sm" data-testid="totp-section">
      <Title order={3}>Two-factor authentication</Title>
      {content}
    </Stack>
  )
}
