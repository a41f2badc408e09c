import { FormFeedback, hasAnyRole, LocationSelect, useMe, useProblemFields } from '@elif/web-kit'
import { useReceiveGoods, type Receipt, type ReceiptLine } from './api/operations'
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { emptyLine, LINE_PROBLEMS, LINE_RULES, ProductLinesEditor, productQuantity, type ProductLine } from './lines'

interface LineValues extends ProductLine {
  unitCost: string
  lot: string
  bestBefore: string
}

interface FormValues {
  locationId: string
  reference: string
  lines: LineValues[]
}

const newLine = () => emptyLine<LineValues>({ unitCost: '', lot: '', bestBefore: '' })

function toReceiptLine(line: LineValues, withCost: boolean): ReceiptLine {
  const lot = line.lot.trim()
  const unitCost = line.unitCost.trim()
  return {
    ...productQuantity(line),
    ...(withCost && unitCost ? { unitCost } : {}),
    ...(lot ? { lot } : {}),
    ...(line.bestBefore ? { bestBefore: line.bestBefore } : {}),
  }
}

/**
 * Books goods that arrived straight into a location: per line a product, a quantity in base units, and
 * where relevant a lot and its best-before date. Only administrators and managers see the unit cost.
 */
export function ReceiptPage() {
  const me = useMe()
  const withCost = hasAnyRole(me, ['ADMIN', 'MANAGER'])
  const receive = useReceiveGoods()
  const form = useForm<FormValues>({
    initialValues: { locationId: '', reference: '', lines: [newLine()] },
    validate: {
      locationId: (value) => (value ? null : 'Choose a location'),
      lines: LINE_RULES,
    },
  })
  const problems = useProblemFields(form, {
    fields: [
      'locationId',
      'reference',
      ...LINE_PROBLEMS.fields,
      ...(withCost ? ['lines.*.unitCost'] : []),
      'lines.*.lot',
      'lines.*.bestBefore',
    ],
    renames: LINE_PROBLEMS.renames,
  })
  const [booked, setBooked] = useState<Receipt | null>(null)

  const submit = (values: FormValues) => {
    problems.clear()
    setBooked(null)
    receive.mutate(
      {
        locationId: values.locationId,
        reference: values.reference.trim(),
        lines: values.lines.map((line) => toReceiptLine(line, withCost)),
      },
      {
        onSuccess: (receipt) => {
          setBooked(receipt)
          form.setValues({ reference: '', lines: [newLine()] })
        },
        onError: problems.show,
      },
    )
  }

  return (
    <Stack maw={1100}>
      <Title order={2}>Goods receipt</Title>
      <Paper withBorder p="md">
        <form data-testid="receipt-form" onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <Group grow align="flex-start">
              <LocationSelect
                label="Into location"
                placeholderOption="Choose a location…"
                withAsterisk
                {...form.getInputProps('locationId')}
              />
              <TextInput
                label="Reference"
                description="Delivery note or invoice number"
                withAsterisk
                {...form.getInputProps('reference')}
              />
            </Group>
            <Title order={4}>Lines</Title>
            <ProductLinesEditor
              form={form}
              newLine={newLine}
              lineTestId="receipt-line"
              quantityDescription="In base units"
              extraFields={(index) => (
                <>
                  {withCost && (
                    <TextInput
                      label="Unit cost"
                      description="Per base unit, without tax"
                      inputMode="decimal"
                      w={150}
                      {...form.getInputProps(`lines.${index}.unitCost`)}
                    />
                  )}
                  <TextInput label="Lot" w={140} {...form.getInputProps(`lines.${index}.lot`)} />
                  <TextInput
                    label="Best before"
                    type="date"
                    w={170}
                    {...form.getInputProps(`lines.${index}.bestBefore`)}
                  />
                </>
              )}
            />
            <FormFeedback
              testId="receipt"
              error={problems.message}
              saved={
                booked &&
                `Receipt ${booked.reference || ''} booked: ${booked.lines.length} ${booked.lines.length === 1 ? 'line' : 'lines'}.`
              }
              savedTestId="receipt-booked"
              onDismissSaved={() => setBooked(null)}
            />
            <Group>
              <Button type="submit" loading={receive.isPending}>
                Book receipt
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
