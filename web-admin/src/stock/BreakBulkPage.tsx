import { FormFeedback, formatQuantity, LocationSelect, useProblemFields, type Product } from '@elif/web-kit'
import { useBreakBulk, type BrokenBulk } from './api/operations'
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { ProductPicker } from './ProductPicker'

interface FormValues {
  locationId: string
  source: Product | null
  target: Product | null
  quantity: number | string
  unitsPerSource: number | string
}

interface Done {
  result: BrokenBulk
  source: Product
  target: Product
}

const required = (message: string) => (value: unknown) => (value === '' || value === null ? message : null)

/** Opens source units (e.g. crates) into target units (e.g. bottles) at one location, in one step. */
export function BreakBulkPage() {
  const breakBulk = useBreakBulk()
  const form = useForm<FormValues>({
    initialValues: { locationId: '', source: null, target: null, quantity: '', unitsPerSource: '' },
    validate: {
      locationId: required('Choose a location'),
      source: required('Choose the product to open'),
      target: required('Choose the product it holds'),
      quantity: required('Enter how many to open'),
      unitsPerSource: required('Enter how many units one holds'),
    },
  })
  const problems = useProblemFields(form, {
    fields: ['locationId', 'source', 'target', 'quantity', 'unitsPerSource'],
    renames: { sourceProductId: 'source', targetProductId: 'target' },
  })
  const [done, setDone] = useState<Done | null>(null)

  const submit = ({ locationId, source, target, quantity, unitsPerSource }: FormValues) => {
    if (!source || !target) return
    problems.clear()
    setDone(null)
    breakBulk.mutate(
      {
        locationId,
        sourceProductId: source.id,
        targetProductId: target.id,
        quantity: Number(quantity),
        unitsPerSource: Number(unitsPerSource),
      },
      { onSuccess: (result) => setDone({ result, source, target }), onError: problems.show },
    )
  }

  const { source, target, quantity, unitsPerSource } = form.values
  const produced = typeof quantity === 'number' && typeof unitsPerSource === 'number' ? quantity * unitsPerSource : null

  return (
    <Stack maw={900}>
      <Title order={2}>Break-bulk</Title>
      <Paper withBorder p="md">
        <form data-testid="break-bulk-form" onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <LocationSelect
              label="At location"
              placeholderOption="Choose a location…"
              withAsterisk
              {...form.getInputProps('locationId')}
            />
            <Group grow align="flex-start">
              <ProductPicker label="Open (source product)" withAsterisk {...form.getInputProps('source')} />
              <NumberInput
                label="How many to open"
                withAsterisk
                allowDecimal={false}
                {...form.getInputProps('quantity')}
              />
            </Group>
            <Group grow align="flex-start">
              <ProductPicker label="Into (target product)" withAsterisk {...form.getInputProps('target')} />
              <NumberInput
                label="Units per source"
                description="e.g. 24 bottles in a crate"
                withAsterisk
                allowDecimal={false}
                {...form.getInputProps('unitsPerSource')}
              />
            </Group>
            {produced !== null && produced > 0 && source && target && (
              <Text size="sm" c="dimmed">
                {`Opens ${formatQuantity(Number(quantity))} × ${source.name} into ${formatQuantity(produced)} × ${target.name}.`}
              </Text>
            )}
            <FormFeedback
              testId="break-bulk"
              error={problems.message}
              saved={
                done &&
                `Done (${done.result.reference}): ${done.source.name} on hand now ${formatQuantity(done.result.source.onHand)}, ` +
                  `${done.target.name} on hand now ${formatQuantity(done.result.target.onHand)}.`
              }
              savedTestId="break-bulk-done"
              onDismissSaved={() => setDone(null)}
            />
            <Group>
              <Button type="submit" loading={breakBulk.isPending}>
                Break bulk
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
