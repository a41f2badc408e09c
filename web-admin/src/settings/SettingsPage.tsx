import { describeError, FormFeedback, useProblemFields } from '@elif/web-kit'
import { useSaveSecuritySettings, useSecuritySettings, type SecuritySettings } from '../identity/api'
import { Alert, Button, Center, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'

function SettingsForm({ saved }: { saved: SecuritySettings }) {
  const [done, setDone] = useState(false)
  const form = useForm<SecuritySettings>({
    initialValues: saved,
    onValuesChange: () => setDone(false),
  })
  const save = useSaveSecuritySettings()
  const problems = useProblemFields(form, { fields: ['requireTotpForAdmins'] })

  const submit = (values: SecuritySettings) => {
    problems.clear()
    setDone(false)
    save.mutate(values, { onSuccess: () => setDone(true), onError: problems.show })
  }

  return (
    <form data-testid="settings-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Switch
          label="Require two-factor authentication for administrators"
          description="Administrators without it are led to set it up before anything else."
          {...form.getInputProps('requireTotpForAdmins', { type: 'checkbox' })}
        />
        <FormFeedback
          testId="settings"
          error={problems.message}
          saved={done && 'Settings saved.'}
          onDismissSaved={() => setDone(false)}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
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
