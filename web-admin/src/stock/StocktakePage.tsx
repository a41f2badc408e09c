import {
  FormFeedback,
  formatDateTime,
  formatQuantity,
  formatSignedQuantity,
  hasAnyRole,
  QueryContent,
  useMe,
  useProblemFields,
  type Product,
} from '@elif/web-kit'
import {
  useRecordCounts,
  useStocktake,
  useStocktakeAction,
  type Stocktake,
  type StocktakeAction,
  type StocktakeCount,
  type StocktakeLine,
} from './api/operations'
import { Anchor, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ProductPicker } from './ProductPicker'
import { StocktakeStateBadge } from './StocktakeStateBadge'

/**
 * A sheet line's key, product and lot, also its count's name in the form (`counts.<key>`): a dot would split
 * that path and a `*` or bracket would read as a step, so the lot is escaped.
 */
const lineKey = (line: { productId: string; lot?: string | null }) =>
  `${line.productId}/${encodeURIComponent(line.lot ?? '').replace(/[.*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}`

type Counts = Record<string, number | string>

const countsOf = (stocktake: Stocktake): Counts =>
  Object.fromEntries(stocktake.lines.map((line) => [lineKey(line), line.counted ?? '']))

/** Lines whose typed count differs from the sheet's: what "Save counts" sends. */
function changedLines(stocktake: Stocktake, counts: Counts): StocktakeLine[] {
  return stocktake.lines.filter((line) => {
    const count = counts[lineKey(line)]
    return count !== '' && count !== undefined && Number(count) !== line.counted
  })
}

const countOf = (line: StocktakeLine, counts: Counts): StocktakeCount => ({
  productId: line.productId,
  ...(line.lot ? { lot: line.lot } : {}),
  counted: Number(counts[lineKey(line)]),
})

function varianceCell(line: StocktakeLine) {
  if (line.variance === null) return '—'
  return (
    <Text span c={line.variance < 0 ? 'red' : line.variance > 0 ? 'green' : undefined} ff="monospace">
      {formatSignedQuantity(line.variance)}
    </Text>
  )
}

interface FoundValues {
  product: Product | null
  lot: string
  counted: number | string
}

/** Adds a product found at the location that is not on the sheet, with its count. */
function FoundProductForm({ stocktake }: { stocktake: Stocktake }) {
  const record = useRecordCounts()
  const form = useForm<FoundValues>({
    initialValues: { product: null, lot: '', counted: '' },
    validate: {
      product: (value) => (value ? null : 'Choose a product'),
      counted: (value) => (value === '' ? 'Enter the count' : null),
    },
  })
  // Sent as the only line of a count.
  const problems = useProblemFields(form, {
    fields: ['product', 'lot', 'counted'],
    renames: { 'lines.0.productId': 'product', 'lines.0.lot': 'lot', 'lines.0.counted': 'counted' },
  })

  const submit = ({ product, lot, counted }: FoundValues) => {
    if (!product) return
    problems.clear()
    const trimmedLot = lot.trim()
    record.mutate(
      {
        id: stocktake.id,
        lines: [{ productId: product.id, ...(trimmedLot ? { lot: trimmedLot } : {}), counted: Number(counted) }],
      },
      { onSuccess: () => form.reset(), onError: problems.show },
    )
  }

  return (
    <form data-testid="found-product-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="xs">
        <Title order={4}>Found a product not on the sheet?</Title>
        <Group align="flex-start">
          <ProductPicker label="Product" {...form.getInputProps('product')} />
          <TextInput label="Lot" w={140} {...form.getInputProps('lot')} />
          <NumberInput label="Counted" allowDecimal={false} w={120} {...form.getInputProps('counted')} />
          <Button type="submit" mt={25} variant="light" loading={record.isPending}>
            Add to sheet
          </Button>
        </Group>
        <FormFeedback testId="found-product" error={problems.message} />
      </Stack>
    </form>
  )
}

function StocktakeSheet({ stocktake }: { stocktake: Stocktake }) {
  const me = useMe()
  const mayApprove = hasAnyRole(me, ['ADMIN', 'MANAGER'])
  const counting = stocktake.state === 'COUNTING'
  const form = useForm<{ counts: Counts }>({ initialValues: { counts: countsOf(stocktake) } })
  const record = useRecordCounts()
  const action = useStocktakeAction()
  const [saved, setSaved] = useState(false)

  // A line added by "found product" appears with its count; lines typed into keep what was typed.
  const counts = { ...countsOf(stocktake), ...form.values.counts }
  // What "Save counts" sends now, whose problems name the lines by their place in it.
  const changed = changedLines(stocktake, counts)
  const problems = useProblemFields(form, {
    fields: ['counts.*'],
    renames: Object.fromEntries(changed.map((line, index) => [`lines.${index}.counted`, `counts.${lineKey(line)}`])),
  })

  const saveCounts = async () => {
    if (changed.length === 0) return
    await record.mutateAsync({ id: stocktake.id, lines: changed.map((line) => countOf(line, counts)) })
  }

  const run = async (work: () => Promise<unknown>) => {
    problems.clear()
    setSaved(false)
    try {
      await work()
    } catch (error) {
      problems.show(error)
    }
  }

  const act = (name: StocktakeAction) =>
    run(async () => {
      if (name === 'submit') await saveCounts()
      await action.mutateAsync({ id: stocktake.id, action: name })
    })

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>
            Stocktake <span data-testid="stocktake-number">{stocktake.number}</span>
          </Title>
          <Text c="dimmed" size="sm">
            {stocktake.warehouseCode} / {stocktake.locationCode}
            {stocktake.blind ? ' · blind count' : ''} · started {formatDateTime(stocktake.createdAt)} by{' '}
            {stocktake.createdBy}
            {stocktake.submittedAt
              ? ` · submitted ${formatDateTime(stocktake.submittedAt)} by ${stocktake.submittedBy}`
              : ''}
            {stocktake.closedAt
              ? ` · ${stocktake.state === 'CANCELLED' ? 'cancelled' : 'approved'} ${formatDateTime(stocktake.closedAt)} by ${stocktake.closedBy}`
              : ''}
          </Text>
        </div>
        <StocktakeStateBadge state={stocktake.state} />
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="stocktake-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Lot</Table.Th>
              <Table.Th>Best before</Table.Th>
              <Table.Th ta="right">Expected</Table.Th>
              <Table.Th ta="right">Counted</Table.Th>
              {!counting && <Table.Th ta="right">Variance</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stocktake.lines.map((line) => (
              <Table.Tr key={lineKey(line)} data-testid="stocktake-line" data-sku={line.sku} data-lot={line.lot}>
                <Table.Td ff="monospace">{line.sku}</Table.Td>
                <Table.Td>{line.name}</Table.Td>
                <Table.Td ff="monospace">{line.lot || '—'}</Table.Td>
                <Table.Td>{line.bestBefore ?? '—'}</Table.Td>
                <Table.Td ta="right" data-testid="stocktake-expected">
                  {line.expected === null
                    ? stocktake.blind && counting
                      ? 'hidden'
                      : '—'
                    : formatQuantity(line.expected)}
                </Table.Td>
                <Table.Td ta="right">
                  {counting ? (
                    <NumberInput
                      aria-label={`Counted ${line.sku}${line.lot ? ` lot ${line.lot}` : ''}`}
                      allowDecimal={false}
                      allowNegative={false}
                      w={110}
                      ml="auto"
                      {...form.getInputProps(`counts.${lineKey(line)}`)}
                      value={counts[lineKey(line)]}
                    />
                  ) : line.counted === null ? (
                    '—'
                  ) : (
                    formatQuantity(line.counted)
                  )}
                </Table.Td>
                {!counting && (
                  <Table.Td ta="right" data-testid="stocktake-variance">
                    {varianceCell(line)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {stocktake.lines.length === 0 && (
        <Text c="dimmed" data-testid="stocktake-no-lines">
          Nothing is booked at this location: add what you find.
        </Text>
      )}
      <FormFeedback
        testId="stocktake"
        error={problems.message}
        saved={saved && 'Counts saved.'}
        onDismissSaved={() => setSaved(false)}
      />
      <Group>
        {counting && (
          <>
            <Button
              variant="light"
              loading={record.isPending && !action.isPending}
              onClick={() =>
                void run(async () => {
                  await saveCounts()
                  setSaved(true)
                })
              }
            >
              Save counts
            </Button>
            <Button data-testid="stocktake-submit" loading={action.isPending} onClick={() => void act('submit')}>
              Submit count
            </Button>
          </>
        )}
        {mayApprove && stocktake.state === 'SUBMITTED' && (
          <Button
            color="green"
            data-testid="stocktake-approve"
            loading={action.isPending}
            onClick={() => void act('approve')}
          >
            Approve and post variances
          </Button>
        )}
        {mayApprove && (counting || stocktake.state === 'SUBMITTED') && (
          <Button
            color="red"
            variant="light"
            data-testid="stocktake-cancel"
            loading={action.isPending}
            onClick={() => void act('cancel')}
          >
            Cancel stocktake
          </Button>
        )}
        {!mayApprove && stocktake.state === 'SUBMITTED' && (
          <Text c="dimmed" size="sm" data-testid="stocktake-awaiting-approval">
            Submitted: a manager approves it.
          </Text>
        )}
      </Group>
      {counting && (
        <Paper withBorder p="md">
          <FoundProductForm stocktake={stocktake} />
        </Paper>
      )}
    </Stack>
  )
}

/** One count sheet: enter counts, add found products, submit; managers approve or cancel. */
export function StocktakePage() {
  const { stocktakeId = '' } = useParams()
  const stocktake = useStocktake(stocktakeId)
  return (
    <Stack>
      <Anchor component={Link} to="/stocktakes" size="sm">
        ← Stocktakes
      </Anchor>
      <QueryContent query={stocktake} what="The stocktake" testId="stocktake">
        {(data) => <StocktakeSheet key={`${data.id}/${data.state}`} stocktake={data} />}
      </QueryContent>
    </Stack>
  )
}
