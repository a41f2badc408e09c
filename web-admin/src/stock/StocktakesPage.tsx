import {
  FormFeedback,
  formatDateTime,
  LocationSelect,
  QueryContent,
  useProblemFields,
  useUrlFilters,
} from '@elif/web-kit'
import { STOCKTAKE_STATE_LABELS, useStartStocktake, useStocktakes, type StocktakeState } from './api/operations'
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { Link, useNavigate } from 'react-router'
import { stocktakeHref } from './paths'
import { StocktakeStateBadge } from './StocktakeStateBadge'

interface StartValues {
  locationId: string
  blind: boolean
}

/** Starts a count sheet for a location; blind sheets hide the expected quantities while counting. */
function StartStocktakeForm() {
  const start = useStartStocktake()
  const navigate = useNavigate()
  const form = useForm<StartValues>({
    initialValues: { locationId: '', blind: true },
    validate: { locationId: (value) => (value ? null : 'Choose a location') },
  })
  const problems = useProblemFields(form, { fields: ['locationId', 'blind'] })

  const submit = (values: StartValues) => {
    problems.clear()
    start.mutate(values, {
      onSuccess: (stocktake) => void navigate(stocktakeHref(stocktake.id)),
      onError: problems.show,
    })
  }

  return (
    <form data-testid="start-stocktake-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>New count sheet</Title>
        <Group align="flex-start">
          <LocationSelect
            label="Location"
            placeholderOption="Choose a location…"
            withAsterisk
            {...form.getInputProps('locationId')}
          />
          <Checkbox
            label="Blind count (hide expected quantities)"
            mt={32}
            {...form.getInputProps('blind', { type: 'checkbox' })}
          />
          <Button type="submit" mt={25} loading={start.isPending}>
            Start stocktake
          </Button>
        </Group>
        <FormFeedback testId="start-stocktake" error={problems.message} />
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
