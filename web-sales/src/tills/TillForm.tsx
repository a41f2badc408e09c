import { FormFeedback, useProblemFields } from '@elif/web-kit'
import { Button, Paper, Stack, Switch, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useChangeTill, useCreateTill, type Till } from './api'

interface TillValues {
  code: string
  name: string
  active: boolean
}

/**
 * A manager adds a till (a code people read, unique whatever its case, and a name) or, given one, renames it or
 * retires it: a retired till opens no new session, and its past sessions stay in the list.
 */
export function TillForm({ till, onSaved }: { till?: Till; onSaved?: (till: Till) => void }) {
  const create = useCreateTill()
  const change = useChangeTill()
  const form = useForm<TillValues>({
    initialValues: { code: till?.code ?? '', name: till?.name ?? '', active: till?.active ?? true },
  })
  const problems = useProblemFields(form, { fields: ['code', 'name'], conflicts: { 'duplicate-code': 'code' } })
  const [saved, setSaved] = useState<string | null>(null)
  const testId = till ? 'edit-till-form' : 'new-till-form'
  const submit = (values: TillValues) => {
    problems.clear()
    setSaved(null)
    const body = { code: values.code.trim(), name: values.name.trim() }
    const done = {
      onSuccess: (result: Till) => {
        if (till) {
          setSaved(`Saved ${result.code}.`)
        } else {
          form.reset()
          setSaved(`Added ${result.code}.`)
        }
        onSaved?.(result)
      },
      onError: problems.show,
    }
    if (till) change.mutate({ id: till.id, till: { ...body, active: values.active } }, done)
    else create.mutate(body, done)
  }
  return (
    <Paper withBorder={!till} p={till ? 0 : 'md'} maw={360}>
      <form data-testid={testId} onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {!till && <Title order={4}>New till</Title>}
          <TextInput label="Code" placeholder="TILL-2" maxLength={20} withAsterisk {...form.getInputProps('code')} />
          <TextInput label="Name" maxLength={120} withAsterisk {...form.getInputProps('name')} />
          {till && (
            <Switch
              label="In use (off: retired, no new session opens on it)"
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
          <FormFeedback testId={testId} error={problems.message} saved={saved} />
          <Button type="submit" variant="light" loading={create.isPending || change.isPending}>
            {till ? 'Save the till' : 'Add the till'}
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}
