import { formatQuantity, LocationSelect, useBreakBulk, type BrokenBulk, type Product } from '@elif/web-kit'
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useServerProblems } from './problems'
import { ProductPicker } from './ProductPicker'

const FIELDS = ['locationId', 'sourceProductId', 'targetProductId', 'quantity', 'unitsPerSource']

/** Opens source units (e.g. crates) into target units (e.g. bottles) at one location, in one step. */
export function BreakBulkPage() {
  const breakBulk = useBreakBulk()
  const problems = useServerProblems((path) => FIELDS.includes(path))
  const [locationId, setLocationId] = useState('')
  const [source, setSource] = useState<Product | null>(null)
  const [target, setTarget] = useState<Product | null>(null)
  const [quantity, setQuantity] = useState<number | string>('')
  const [unitsPerSource, setUnitsPerSource] = useState<number | string>('')
  const [missing, setMissing] = useState<string | null>(null)
  const [done, setDone] = useState<BrokenBulk | null>(null)

  const submit = () => {
    problems.clear()
    setDone(null)
    if (!locationId || !source || !target || quantity === '' || unitsPerSource === '') {
      setMissing('Fill in every field.')
      return
    }
    setMissing(null)
    breakBulk.mutate(
      {
        locationId,
        sourceProductId: source.id,
        targetProductId: target.id,
        quantity: Number(quantity),
        unitsPerSource: Number(unitsPerSource),
      },
      { onSuccess: setDone, onError: problems.show },
    )
  }

  const produced = typeof quantity === 'number' && typeof unitsPerSource === 'number' ? quantity * unitsPerSource : null

  return (
    <Stack maw={900}>
      <Title order={2}>Break-bulk</Title>
      <Paper withBorder p="md">
        <form
          data-testid="break-bulk-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <Stack gap="sm">
            <LocationSelect
              label="At location"
              placeholderOption="Choose a location…"
              withAsterisk
              value={locationId}
              onChange={(event) => setLocationId(event.currentTarget.value)}
              error={problems.fieldError('locationId')}
            />
            <Group grow align="flex-start">
              <ProductPicker label="Open (source product)" withAsterisk value={source} onChange={setSource} error={problems.fieldError('sourceProductId')} />
              <NumberInput
                label="How many to open"
                withAsterisk
                allowDecimal={false}
                value={quantity}
                onChange={setQuantity}
                error={problems.fieldError('quantity')}
              />
            </Group>
            <Group grow align="flex-start">
              <ProductPicker label="Into (target product)" withAsterisk value={target} onChange={setTarget} error={problems.fieldError('targetProductId')} />
              <NumberInput
                label="Units per source"
                description="e.g. 24 bottles in a crate"
                withAsterisk
                allowDecimal={false}
                value={unitsPerSource}
                onChange={setUnitsPerSource}
                error={problems.fieldError('unitsPerSource')}
              />
            </Group>
            {produced !== null && produced > 0 && source && target && (
              <Text size="sm" c="dimmed">
                Opens {formatQuantity(Number(quantity))} × {source.name} into {formatQuantity(produced)} × {target.name}.
              </Text>
            )}
            {(missing ?? problems.message) && (
              <Alert color="red" data-testid="break-bulk-error">
                {missing ?? problems.message}
              </Alert>
            )}
            {done && (
              <Alert color="green" data-testid="break-bulk-done" withCloseButton onClose={() => setDone(null)}>
                Done ({done.reference}): {source?.name ?? 'source'} on hand now {formatQuantity(done.source.onHand)},{' '}
                {target?.name ?? 'target'} on hand now {formatQuantity(done.target.onHand)}.
              </Alert>
            )}
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
