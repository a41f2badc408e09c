import { FormFeedback, useProblemFields } from '@elif/web-kit'
import { Button, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useCreateTill } from './api'

interface TillValues {
  code: string
  name: string
}

/** A manager adds a till: a code people read (unique whatever its case) and a name. */
export function NewTillForm() {
  const create = useCreateTill()
  const form = useForm<TillValues>({ initialValues: { code: '', name: '' } })
  const problems = useProblemFields(form, { fields: ['code', 'name'], conflicts: { 'duplicate-code': 'code' } })
  const [saved, setSaved] = useState<string | null>(null)
  const submit = (values: TillValues) => {
    problems.clear()
    setSaved(null)
    create.mutate(
      { code: values.code.trim(), name: values.name.trim() },
      {
        onSuccess: (till) => {
          form.reset()
          setSaved(`Added ${till.code}.`)
        },
        onError: problems.show,
      },
    )
  }
  return (
    <Paper withBorder p="md" maw={360}>
      <form data-testid="new-till-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Title order={4}>New till</Title>
          <TextInput label="Code" placeholder="TILL-2" maxLength={20} withAsterisk {...form.getInputProps('code')} />
          <TextInput label="Name" maxLength={120} withAsterisk {...form.getInputProps('name')} />
          <FormFeedback testId="new-till-form" error={problems.message} saved={saved} />
          <Button type="submit" variant="light" loading={create.isPending}>
            Add the till
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}
