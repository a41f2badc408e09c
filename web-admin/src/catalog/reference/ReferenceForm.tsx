import { Button, Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState, type ReactNode } from 'react'
import { FormFeedback, useProblemFields } from '@elif/web-kit'

/** One input of a reference form: text (default), a checkbox or a choice. */
export interface FieldSpec<V> {
  key: keyof V & string
  label: string
  type?: 'text' | 'checkbox' | 'select'
  options?: { value: string; label: string }[]
  placeholder?: string
  description?: string
  inputMode?: 'decimal' | 'text'
  /** False: set at creation only (e.g. a container type's code). */
  editable?: boolean
}

/** Creates (no id) or updates (id) one entry from the form's values; fails with the server's problem. */
export interface SaveReference<V> {
  mutate: (
    input: { id?: string; values: V },
    callbacks: { onSuccess: () => void; onError: (error: Error) => void },
  ) => void
  isPending: boolean
}

interface ReferenceFormProps<V extends Record<string, string | boolean>> {
  testId: string
  id?: string
  fields: FieldSpec<V>[]
  initial: V
  save: SaveReference<V>
  /** Conflicts shown under a field, by problem type: { 'duplicate-category': 'name' }. */
  conflicts?: Readonly<Record<string, string>>
  submitLabel: string
  resetAfterSave?: boolean
  onSaved?: () => void
  /** Places the submit button, e.g. beside a Cancel button. */
  footer?: (submit: ReactNode) => ReactNode
}

export function ReferenceForm<V extends Record<string, string | boolean>>({
  testId,
  id,
  fields,
  initial,
  save,
  conflicts,
  submitLabel,
  resetAfterSave,
  onSaved,
  footer = (submit) => submit,
}: ReferenceFormProps<V>) {
  const form = useForm<V>({ initialValues: initial })
  const problems = useProblemFields(form, { fields: fields.map((field) => field.key), conflicts })
  const [saved, setSaved] = useState<string | null>(null)

  const submit = (values: V) => {
    problems.clear()
    setSaved(null)
    save.mutate(
      { id, values },
      {
        onSuccess: () => {
          if (resetAfterSave) form.reset()
          setSaved('Saved.')
          onSaved?.()
        },
        onError: problems.show,
      },
    )
  }

  return (
    <form data-testid={testId} onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        {fields.map((field) => {
          if (field.type === 'checkbox') {
            return (
              <Checkbox
                key={field.key}
                label={field.label}
                description={field.description}
                {...form.getInputProps(field.key, { type: 'checkbox' })}
              />
            )
          }
          if (field.type === 'select') {
            return (
              <NativeSelect
                key={field.key}
                label={field.label}
                description={field.description}
                data={field.options ?? []}
                {...form.getInputProps(field.key)}
              />
            )
          }
          return (
            <TextInput
              key={field.key}
              label={field.label}
              description={field.description}
              placeholder={field.placeholder}
              inputMode={field.inputMode}
              {...form.getInputProps(field.key)}
            />
          )
        })}
        <FormFeedback testId={testId} error={problems.message} saved={saved} onDismissSaved={() => setSaved(null)} />
        {footer(
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>,
        )}
      </Stack>
    </form>
  )
}
