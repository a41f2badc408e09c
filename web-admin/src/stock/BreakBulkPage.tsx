import { formatQuantity, LocationSelect, type Product } from '@elif/web-kit'
import { useBreakBulk, type BrokenBulk } from './api/operations'
import { Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { ProductPicker } from './ProductPicker'
import { StockForm, useStockFormOutcome } from './StockForm'

const FIELDS = ['locationId', 'sourceProductId', 'targetProductId', 'quantity', 'unitsPerSource']

/** Opens source units (e.g. crates) into target units (e.g. bottles) at one location, in one step. */
export function BreakBulkPage() {
  const breakBulk = useBreakBulk()
  const outcome = useStockFormOutcome<BrokenBulk>((path) => FIELDS.includes(path))
  const { fieldError } = outcome.problems
  const [locationId, setLocationId] = useState('')
  const [source, setSource] = useState<Product | null>(null)
  const [target, setTarget] = useState<Product | null>(null)
  const [quantity, setQuantity] = useState<number | string>('')
  const [unitsPerSource, setUnitsPerSource] = useState<number | string>('')

  const submit = () => {
    const missing = !locationId || !source || !target || quantity === '' || unitsPerSource === ''
    if (!outcome.begin(missing ? 'Fill in every field.' : null) || !source || !target) return
    breakBulk.mutate(
      {
        locationId,
        sourceProductId: source.id,
        targetProductId: target.id,
        quantity: Number(quantity),
        unitsPerSource: Number(unitsPerSource),
      },
      { onSuccess: outcome.succeed, onError: outcome.fail },
    )
  }

  const produced = typeof quantity === 'number' && typeof unitsPerSource === 'number' ? quantity * unitsPerSource : null

  return (
    <Stack maw={900}>
      <Title order={2}>Break-bulk</Title>
      <Paper withBorder p="md">
        <StockForm
          testId="break-bulk"
          outcome={outcome}
          doneTestId="break-bulk-done"
          describeDone={(done) =>
            `Done (${done.reference}): ${source?.name ?? 'source'} on hand now ${formatQuantity(done.source.onHand)}, ` +
            `${target?.name ?? 'target'} on hand now ${formatQuantity(done.target.onHand)}.`
          }
          submitLabel="Break bulk"
          pending={breakBulk.isPending}
          onSubmit={submit}
        >
          <LocationSelect
            label="At location"
            placeholderOption="Choose a location…"
            withAsterisk
            value={locationId}
            onChange={(event) => setLocationId(event.currentTarget.value)}
            error={fieldError('locationId')}
          />
          <Group grow align="flex-start">
            <ProductPicker
              label="Open (source product)"
              withAsterisk
              value={source}
              onChange={setSource}
              error={fieldError('sourceProductId')}
            />
            <NumberInput
              label="How many to open"
              withAsterisk
              allowDecimal={false}
              value={quantity}
              onChange={setQuantity}
              error={fieldError('quantity')}
            />
          </Group>
          <Group grow align="flex-start">
            <ProductPicker
              label="Into (target product)"
              withAsterisk
              value={target}
              onChange={setTarget}
              error={fieldError('targetProductId')}
            />
            <NumberInput
              label="Units per source"
              description="e.g. 24 bottles in a crate"
              withAsterisk
              allowDecimal={false}
              value={unitsPerSource}
              onChange={setUnitsPerSource}
              error={fieldError('unitsPerSource')}
            />
          </Group>
          {produced !== null && produced > 0 && source && target && (
            <Text size="sm" c="dimmed">
              Opens {formatQuantity(Number(quantity))} × {source.name} into {formatQuantity(produced)} × {target.name}.
            </Text>
          )}
        </StockForm>
      </Paper>
    </Stack>
  )
}
