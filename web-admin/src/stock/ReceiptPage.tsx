import { hasAnyRole, LocationSelect, useMe, useReceiveGoods, type Product, type Receipt, type ReceiptLine } from '@elif/web-kit'
import { Alert, Button, Group, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { RemoveLineButton, useLines } from './lines'
import { isLineOrField, useServerProblems } from './problems'
import { ProductPicker } from './ProductPicker'

interface LineValues {
  product: Product | null
  quantity: number | string
  unitCost: string
  lot: string
  bestBefore: string
}

const emptyLine = (): LineValues => ({ product: null, quantity: '', unitCost: '', lot: '', bestBefore: '' })

function toReceiptLine(line: LineValues, withCost: boolean): ReceiptLine {
  const lot = line.lot.trim()
  const unitCost = line.unitCost.trim()
  return {
    productId: line.product?.id ?? '',
    quantity: Number(line.quantity),
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
  const problems = useServerProblems(isLineOrField('locationId', 'reference'))
  const [locationId, setLocationId] = useState('')
  const [reference, setReference] = useState('')
  const { lines, add, change, remove, reset } = useLines(emptyLine)
  const [missing, setMissing] = useState<string | null>(null)
  const [booked, setBooked] = useState<Receipt | null>(null)

  const submit = () => {
    problems.clear()
    setBooked(null)
    if (!locationId || lines.some((line) => !line.product || line.quantity === '')) {
      setMissing('Choose a location, and a product and a quantity on every line.')
      return
    }
    setMissing(null)
    receive.mutate(
      { locationId, reference: reference.trim(), lines: lines.map((line) => toReceiptLine(line, withCost)) },
      {
        onSuccess: (receipt) => {
          setBooked(receipt)
          reset()
          setReference('')
        },
        onError: problems.show,
      },
    )
  }

  return (
    <Stack maw={1100}>
      <Title order={2}>Goods receipt</Title>
      <Paper withBorder p="md">
        <form
          data-testid="receipt-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <Stack gap="sm">
            <Group grow align="flex-start">
              <LocationSelect
                label="Into location"
                placeholderOption="Choose a location…"
                withAsterisk
                value={locationId}
                onChange={(event) => setLocationId(event.currentTarget.value)}
                error={problems.fieldError('locationId')}
              />
              <TextInput
                label="Reference"
                description="Delivery note or invoice number"
                withAsterisk
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
                error={problems.fieldError('reference')}
              />
            </Group>
            <Title order={4}>Lines</Title>
            {lines.map((line, index) => (
              <Group key={line.key} align="flex-start" wrap="wrap" data-testid="receipt-line">
                <ProductPicker
                  label="Product"
                  withAsterisk
                  value={line.product}
                  onChange={(product) => change(line.key, { product })}
                  error={problems.fieldError(`lines[${index}].productId`)}
                />
                <NumberInput
                  label="Quantity"
                  description="In base units"
                  withAsterisk
                  allowDecimal={false}
                  w={130}
                  value={line.quantity}
                  onChange={(quantity) => change(line.key, { quantity })}
                  error={problems.fieldError(`lines[${index}].quantity`)}
                />
                {withCost && (
                  <TextInput
                    label="Unit cost"
                    description="Per base unit, without tax"
                    inputMode="decimal"
                    w={150}
                    value={line.unitCost}
                    onChange={(event) => change(line.key, { unitCost: event.currentTarget.value })}
                    error={problems.fieldError(`lines[${index}].unitCost`)}
                  />
                )}
                <TextInput
                  label="Lot"
                  w={140}
                  value={line.lot}
                  onChange={(event) => change(line.key, { lot: event.currentTarget.value })}
                  error={problems.fieldError(`lines[${index}].lot`)}
                />
                <TextInput
                  label="Best before"
                  type="date"
                  w={170}
                  value={line.bestBefore}
                  onChange={(event) => change(line.key, { bestBefore: event.currentTarget.value })}
                  error={problems.fieldError(`lines[${index}].bestBefore`)}
                />
                {lines.length > 1 && <RemoveLineButton index={index} onClick={() => remove(line.key)} />}
              </Group>
            ))}
            <Group>
              <Button variant="light" onClick={add}>
                Add line
              </Button>
            </Group>
            {(missing ?? problems.message) && (
              <Alert color="red" data-testid="receipt-error">
                {missing ?? problems.message}
              </Alert>
            )}
            {booked && (
              <Alert color="green" data-testid="receipt-booked" withCloseButton onClose={() => setBooked(null)}>
                Receipt {booked.reference || ''} booked: {booked.lines.length} {booked.lines.length === 1 ? 'line' : 'lines'}.
              </Alert>
            )}
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
