import {
  formatDateTime,
  formatQuantity,
  formatSignedQuantity,
  hasAnyRole,
  QueryContent,
  useMe,
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
import { Alert, Anchor, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useServerProblems } from './problems'
import { ProductPicker } from './ProductPicker'
import { StocktakeStateBadge } from './StocktakeStateBadge'

const lineKey = (line: { productId: string; lot?: string | null }) => `${line.productId}/${line.lot ?? ''}`

type Counts = Record<string, number | string>

const countsOf = (stocktake: Stocktake): Counts =>
  Object.fromEntries(stocktake.lines.map((line) => [lineKey(line), line.counted ?? '']))

/** Lines whose typed count differs from the sheet's: what "Save counts" sends. */
function changedCounts(stocktake: Stocktake, counts: Counts): StocktakeCount[] {
  return stocktake.lines
    .filter(
      (line) =>
        counts[lineKey(line)] !== '' &&
        counts[lineKey(line)] !== undefined &&
        Number(counts[lineKey(line)]) !== line.counted,
    )
    .map((line) => ({
      productId: line.productId,
      ...(line.lot ? { lot: line.lot } : {}),
      counted: Number(counts[lineKey(line)]),
    }))
}

function varianceCell(line: StocktakeLine) {
  if (line.variance === null) return '—'
  return (
    <Text span c={line.variance < 0 ? 'red' : line.variance > 0 ? 'green' : undefined} ff="monospace">
      {formatSignedQuantity(line.variance)}
    </Text>
  )
}

/** Adds a product found at the location that is not on the sheet, with its count. */
function FoundProductForm({ stocktake }: { stocktake: Stocktake }) {
  const record = useRecordCounts()
  const problems = useServerProblems((path) => path.startsWith('lines[0].'))
  const [product, setProduct] = useState<Product | null>(null)
  const [lot, setLot] = useState('')
  const [counted, setCounted] = useState<number | string>('')
  return (
    <form
      data-testid="found-product-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        problems.clear()
        if (!product || counted === '') return
        const trimmedLot = lot.trim()
        record.mutate(
          {
            id: stocktake.id,
            lines: [{ productId: product.id, ...(trimmedLot ? { lot: trimmedLot } : {}), counted: Number(counted) }],
          },
          {
            onSuccess: () => {
              setProduct(null)
              setLot('')
              setCounted('')
            },
            onError: problems.show,
          },
        )
      }}
    >
      <Stack gap="xs">
        <Title order={4}>Found a product not on the sheet?</Title>
        <Group align="flex-start">
          <ProductPicker
            label="Product"
            value={product}
            onChange={setProduct}
            error={problems.fieldError('lines[0].productId')}
          />
          <TextInput
            label="Lot"
            w={140}
            value={lot}
            onChange={(event) => setLot(event.currentTarget.value)}
            error={problems.fieldError('lines[0].lot')}
          />
          <NumberInput
            label="Counted"
            allowDecimal={false}
            w={120}
            value={counted}
            onChange={setCounted}
            error={problems.fieldError('lines[0].counted')}
          />
          <Button
            type="submit"
            mt={24}
            variant="light"
            loading={record.isPending}
            disabled={!product || counted === ''}
          >
            Add to sheet
          </Button>
        </Group>
        {problems.message && (
          <Alert color="red" data-testid="found-product-error">
            {problems.message}
          </Alert>
        )}
      </Stack>
    </form>
  )
}

function StocktakeSheet({ stocktake }: { stocktake: Stocktake }) {
  const me = useMe()
  const mayApprove = hasAnyRole(me, ['ADMIN', 'MANAGER'])
  const counting = stocktake.state === 'COUNTING'
  const [counts, setCounts] = useState<Counts>(() => countsOf(stocktake))
  const [sentKeys, setSentKeys] = useState<string[]>([])
  const record = useRecordCounts()
  const action = useStocktakeAction()
  const problems = useServerProblems((path) => /^lines\[\d+\]\.counted$/.test(path))
  const [saved, setSaved] = useState(false)

  // A line added by "found product" appears with its count; lines typed into keep what was typed.
  const countOf = (line: StocktakeLine) => counts[lineKey(line)] ?? line.counted ?? ''
  const fieldErrorOf = (line: StocktakeLine) => {
    const index = sentKeys.indexOf(lineKey(line))
    return index < 0 ? undefined : problems.fieldError(`lines[${index}].counted`)
  }

  const saveCounts = async () => {
    const changed = changedCounts(stocktake, { ...countsOf(stocktake), ...counts })
    if (changed.length === 0) return
    setSentKeys(changed.map(lineKey))
    await record.mutateAsync({ id: stocktake.id, lines: changed })
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
                      value={countOf(line)}
                      onChange={(value) => setCounts((current) => ({ ...current, [lineKey(line)]: value }))}
                      error={fieldErrorOf(line)}
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
      {problems.message && (
        <Alert color="red" data-testid="stocktake-error">
          {problems.message}
        </Alert>
      )}
      {saved && (
        <Alert color="green" data-testid="stocktake-saved" withCloseButton onClose={() => setSaved(false)}>
          Counts saved.
        </Alert>
      )}
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
