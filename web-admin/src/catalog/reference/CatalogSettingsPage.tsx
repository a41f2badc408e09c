import { hasAnyRole, QueryContent, useMe, useProblemFields } from '@elif/web-kit'
import { Alert, Button, Paper, Stack, Switch, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useCatalogSettings, useSaveCatalogSettings, type CatalogSettings } from '../api'
import { FormFeedback } from '@elif/web-kit'

const FIELDS = ['currency', 'salesPricesIncludeTax', 'purchaseCostsIncludeTax']

function SettingsForm({ saved, editable }: { saved: CatalogSettings; editable: boolean }) {
  const form = useForm<CatalogSettings>({ initialValues: saved })
  const save = useSaveCatalogSettings()
  const problems = useProblemFields(form, { fields: FIELDS })
  const [done, setDone] = useState<string | null>(null)

  const submit = (values: CatalogSettings) => {
    problems.clear()
    setDone(null)
    save.mutate(
      { ...values, currency: values.currency.trim() },
      { onSuccess: () => setDone('Settings saved.'), onError: problems.show },
    )
  }

  return (
    <form data-testid="catalog-settings-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        {!editable && (
          <Alert color="gray" data-testid="catalog-settings-readonly">
            Only an administrator can change these settings.
          </Alert>
        )}
        <TextInput
          label="Currency"
          description="Three capital letters (ISO 4217), e.g. MGA."
          maxLength={3}
          disabled={!editable}
          {...form.getInputProps('currency')}
        />
        <Switch
          label="Sales prices include tax"
          disabled={!editable}
          {...form.getInputProps('salesPricesIncludeTax', { type: 'checkbox' })}
        />
        <Switch
          label="Purchase costs include tax"
          disabled={!editable}
          {...form.getInputProps('purchaseCostsIncludeTax', { type: 'checkbox' })}
        />
        <FormFeedback
          testId="catalog-settings"
          error={problems.message}
          saved={done}
          onDismissSaved={() => setDone(null)}
        />
        {editable && (
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            Save
          </Button>
        )}
      </Stack>
    </form>
  )
}

/** The catalogue's settings: managers read them, administrators change them (the server enforces it). */
export function CatalogSettingsPage() {
  const settings = useCatalogSettings()
  const editable = hasAnyRole(useMe(), ['ADMIN'])
  return (
    <Stack maw={640}>
      <Title order={2}>Catalogue settings</Title>
      <Paper withBorder p="md">
        <QueryContent query={settings} what="Catalogue settings" testId="load">
          {(saved) => <SettingsForm saved={saved} editable={editable} />}
        </QueryContent>
      </Paper>
    </Stack>
  )
}
