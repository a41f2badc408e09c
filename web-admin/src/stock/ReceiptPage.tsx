import { hasAnyRole, LocationSelect, useMe } from '@elif/web-kit'
import { useReceiveGoods, type Receipt, type ReceiptLine } from './api/operations'
import { Group, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { ProductLinesEditor, productQuantity, useLines, type ProductLine } from './lines'
import { isLineOrField } from './problems'
import { StockForm, useStockFormOutcome } from './StockForm'

interface LineValues extends ProductLine {
  unitCost: string
  lot: string
  bestBefore: string
}

const emptyLine = (): LineValues => ({ product: null, quantity: '', unitCost: '', lot: '', bestBefore: '' })

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
  const outcome = useStockFormOutcome<Receipt>(isLineOrField('locationId', 'reference'))
  const { fieldError } = outcome.problems
  const [locationId, setLocationId] = useState('')
  const [reference, setReference] = useState('')
  const lines = useLines(emptyLine)

  const submit = () => {
    if (
      !outcome.begin(
        !locationId || lines.incomplete ? 'Choose a location, and a product and a quantity on every line.' : null,
      )
    )
      return
    receive.mutate(
      { locationId, reference: reference.trim(), lines: lines.lines.map((line) => toReceiptLine(line, withCost)) },
      {
        onSuccess: (receipt) => {
          outcome.succeed(receipt)
          lines.reset()
          setReference('')
        },
        onError: outcome.fail,
      },
    )
  }

  return (
    <Stack maw={1100}>
      <Title order={2}>Goods receipt</Title>
      <Paper withBorder p="md">
        <StockForm
          testId="receipt"
          outcome={outcome}
          doneTestId="receipt-booked"
          describeDone={(booked) =>
            `Receipt ${booked.reference || ''} booked: ${booked.lines.length} ${booked.lines.length === 1 ? 'line' : 'lines'}.`
          }
          submitLabel="Book receipt"
          pending={receive.isPending}
          onSubmit={submit}
        >
          <Group grow align="flex-start">
            <LocationSelect
              label="Into location"
              placeholderOption="Choose a location…"
              withAsterisk
              value={locationId}
              onChange={(event) => setLocationId(event.currentTarget.value)}
              error={fieldError('locationId')}
            />
            <TextInput
              label="Reference"
              description="Delivery note or invoice number"
              withAsterisk
              value={reference}
              onChange={(event) => setReference(event.currentTarget.value)}
              error={fieldError('reference')}
            />
          </Group>
          <Title order={4}>Lines</Title>
          <ProductLinesEditor
            editor={lines}
            lineTestId="receipt-line"
            fieldError={fieldError}
            quantityDescription="In base units"
            extraFields={(line, index) => (
              <>
                {withCost && (
                  <TextInput
                    label="Unit cost"
                    description="Per base unit, without tax"
                    inputMode="decimal"
                    w={150}
                    value={line.unitCost}
                    onChange={(event) => lines.change(line.key, { unitCost: event.currentTarget.value })}
                    error={fieldError(`lines[${index}].unitCost`)}
                  />
                )}
                <TextInput
                  label="Lot"
                  w={140}
                  value={line.lot}
                  onChange={(event) => lines.change(line.key, { lot: event.currentTarget.value })}
                  error={fieldError(`lines[${index}].lot`)}
                />
                <TextInput
                  label="Best before"
                  type="date"
                  w={170}
                  value={line.bestBefore}
                  onChange={(event) => lines.change(line.key, { bestBefore: event.currentTarget.value })}
                  error={fieldError(`lines[${index}].bestBefore`)}
                />
              </>
            )}
          />
        </StockForm>
      </Paper>
    </Stack>
  )
}
