import { formatDateTime, LocationSelect, QueryContent, useUrlFilters } from '@elif/web-kit'
import { STOCKTAKE_STATE_LABELS, useStartStocktake, useStocktakes, type StocktakeState } from './api/operations'
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Title } from '@mantine/core'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { stocktakeHref } from './paths'
import { useServerProblems } from './problems'
import { StocktakeStateBadge } from './StocktakeStateBadge'

/** Starts a count sheet for a location; blind sheets hide the expected quantities while counting. */
function StartStocktakeForm() {
  const start = useStartStocktake()
  const navigate = useNavigate()
  const problems = useServerProblems((path) => path === 'locationId')
  const [locationId, setLocationId] = useState('')
  const [blind, setBlind] = useState(true)

  return (
    <form
      data-testid="start-stocktake-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        problems.clear()
        start.mutate(
          { locationId, blind },
          { onSuccess: (stocktake) => void navigate(stocktakeHref(stocktake.id)), onError: problems.show },
        )
      }}
    >
      <Stack gap="sm">
        <Title order={3}>New count sheet</Title>
        <Group align="flex-end">
          <LocationSelect
            label="Location"
            placeholderOption="Choose a location…"
            withAsterisk
            value={locationId}
            onChange={(event) => setLocationId(event.currentTarget.value)}
            error={problems.fieldError('locationId')}
          />
          <Checkbox
            label="Blind count (hide expected quantities)"
            checked={blind}
            onChange={(event) => setBlind(event.currentTarget.checked)}
            mb={8}
          />
          <Button type="submit" loading={start.isPending}>
            Start stocktake
          </Button>
        </Group>
        {problems.message && (
          <Alert color="red" data-testid="start-stocktake-error">
            {problems.message}
          </Alert>
        )}
      </Stack>
    </form>
  )
}

const STATE_OPTIONS = [
  { value: '', label: 'All states' },
  ...(Object.keys(STOCKTAKE_STATE_LABELS) as StocktakeState[]).map((state) => ({
    value: state,
    label: STOCKTAKE_STATE_LABELS[state],
  })),
]

/** Stocktakes: start a count sheet, and the sheets by state. */
export function StocktakesPage() {
  const { filters, setFilters } = useUrlFilters({ state: '' })
  const state = filters.state as StocktakeState | ''
  const stocktakes = useStocktakes(state)
  return (
    <Stack>
      <Title order={2}>Stocktakes</Title>
      <Paper withBorder p="md">
        <StartStocktakeForm />
      </Paper>
      <Group justify="space-between">
        <Title order={3}>Count sheets</Title>
        <NativeSelect
          aria-label="State"
          value={state}
          onChange={(event) => setFilters({ state: event.currentTarget.value })}
          data={STATE_OPTIONS}
        />
      </Group>
      <QueryContent
        query={stocktakes}
        what="Stocktakes"
        testId="stocktakes"
        isEmpty={(data) => data.length === 0}
        emptyText="No count sheet."
      >
        {(data) => (
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Number</Table.Th>
                <Table.Th>Location</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>Lines</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((stocktake) => (
                <Table.Tr key={stocktake.id} data-testid="stocktake-row" data-number={stocktake.number}>
                  <Table.Td>
                    <Link to={stocktakeHref(stocktake.id)}>{stocktake.number}</Link>
                  </Table.Td>
                  <Table.Td>
                    {stocktake.warehouseCode} / {stocktake.locationCode}
                    {stocktake.blind ? ' (blind)' : ''}
                  </Table.Td>
                  <Table.Td>
                    <StocktakeStateBadge state={stocktake.state} />
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(stocktake.createdAt)} · {stocktake.createdBy}
                  </Table.Td>
                  <Table.Td>{stocktake.lines?.length ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryContent>
    </Stack>
  )
}
