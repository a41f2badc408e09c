import { describeError } from '@elif/web-kit'
import { useSaveSecuritySettings, useSecuritySettings, type SecuritySettings } from '../identity/api'
import { Alert, Button, Center, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core'
import { useState } from 'react'

function SettingsForm({ saved }: { saved: SecuritySettings }) {
  const [requireTotpForAdmins, setRequireTotpForAdmins] = useState(saved.requireTotpForAdmins)
  const [done, setDone] = useState(false)
  const save = useSaveSecuritySettings()
  const submit = () => {
    setDone(false)
    save.mutate({ requireTotpForAdmins }, { onSuccess: () => setDone(true) })
  }

  return (
    <form
      data-testid="settings-form"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Stack gap="sm" align="flex-start">
        <Switch
          label="Require two-factor authentication for administrators"
          description="Administrators without it are led to set it up before anything else."
          checked={requireTotpForAdmins}
          onChange={(event) => {
            setRequireTotpForAdmins(event.currentTarget.checked)
            setDone(false)
          }}
        />
        {save.isError && (
          <Alert color="red" w="100%" data-testid="settings-error">
            {describeError(save.error)}
          </Alert>
        )}
        {done && (
          <Alert color="green" w="100%" data-testid="settings-saved" withCloseButton onClose={() => setDone(false)}>
            Settings saved.
          </Alert>
        )}
        <Button type="submit" loading={save.isPending}>
          Save
        </Button>
      </Stack>
    </form>
  )
}

/** The tenant's security settings. */
export function SettingsPage() {
  const settings = useSecuritySettings()
  let content
  if (settings.isPending) {
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    )
  } else if (settings.isError) {
    content = (
      <Alert color="red" title="Settings could not be loaded">
        {describeError(settings.error)}
      </Alert>
    )
  } else {
    content = <SettingsForm saved={settings.data} />
  }
  return (
    <Stack maw={640}>
      <Title order={2}>Settings</Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3}>Security</Title>
          <Text size="sm" c="dimmed">
            Applies to every user of the company.
          </Text>
          {content}
        </Stack>
      </Paper>
    </Stack>
  )
}
