import {
  formatDateTime,
  formatMoney,
  PrintableZReport,
  QueryContent,
  useSearchBox,
  useUrlFilters,
  ListFooter,
} from '@elif/web-kit'
import { Badge, Button, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useSessions, useTills, type SessionFilter, type SessionSummary, type Till } from './api'
import { TillForm } from './TillForm'

const PAGE_SIZE = 20

type Filters = Pick<SessionFilter, 'tillId' | 'clerk' | 'state' | 'from' | 'to'>

const NO_FILTER: Record<keyof Filters, string> = { tillId: '', clerk: '', state: '', from: '', to: '' }

const STATE_OPTIONS = [
  { value: '', label: 'Open and closed' },
  { value: 'OPEN', label: 'Open' },
  { value: 'CLOSED', label: 'Closed' },
]

/** Over in orange, short in red, exact in green. */
function Difference({ amount }: { amount: string | null }) {
  if (amount === null) return <Text c="dimmed">—</Text>
  const color = amount.startsWith('-') ? 'red' : /^0(\.0+)?$/.test(amount) ? 'green' : 'orange'
  return (
    <Text c={color} fw={600} span data-testid="session-difference">
      {formatMoney(amount)}
    </Text>
  )
}

/** The sessions, each with its Z report (what the clerk printed at closing, or the running figures while open). */
function SessionRows({ sessions }: { sessions: SessionSummary[] }) {
  const [report, setReport] = useState<SessionSummary | null>(null)
  return (
    <Table.ScrollContainer minWidth={900}>
      <Modal
        opened={report !== null}
        onClose={() => setReport(null)}
        title={report ? `Z report · ${report.tillCode} · ${report.clerk}` : ''}
        size="auto"
      >
        {report && <PrintableZReport sessionId={report.id} />}
      </Modal>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Till</Table.Th>
            <Table.Th>Clerk</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Opened</Table.Th>
            <Table.Th>Closed</Table.Th>
            <Table.Th ta="right">Float</Table.Th>
            <Table.Th ta="right">Expected</Table.Th>
            <Table.Th ta="right">Counted</Table.Th>
            <Table.Th ta="right">Difference</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id} data-testid="session-row" data-clerk={session.clerk}>
              <Table.Td ff="monospace">{session.tillCode}</Table.Td>
              <Table.Td>{session.clerk}</Table.Td>
              <Table.Td>
                <Badge size="sm" color={session.state === 'OPEN' ? 'blue' : 'gray'}>
                  {session.state === 'OPEN' ? 'open' : 'closed'}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(session.openedAt)}</Table.Td>
              <Table.Td>
                {session.closedAt ? `${formatDateTime(session.closedAt)} (${session.closedBy})` : '—'}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(session.openingFloat)}</Table.Td>
              <Table.Td ta="right">{formatMoney(session.expected)}</Table.Td>
              <Table.Td ta="right">{session.counted === null ? '—' : formatMoney(session.counted)}</Table.Td>
              <Table.Td ta="right">
                <Difference amount={session.difference} />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" onClick={() => setReport(session)} data-testid="session-z-report">
                  Z report
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** The tills, in use or retired, each renamed or retired through the same form as a new one. */
function TillList({ tills }: { tills: Till[] }) {
  const [editing, setEditing] = useState<Till | null>(null)
  return (
    <Stack gap="xs">
      <Title order={3}>The tills</Title>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={`Till ${editing?.code ?? ''}`}>
        {editing && <TillForm till={editing} onSaved={() => setEditing(null)} />}
      </Modal>
      <Table maw={640}>
        <Table.Tbody>
          {tills.map((till) => (
            <Table.Tr key={till.id} data-testid="till-row" data-code={till.code}>
              <Table.Td ff="monospace">{till.code}</Table.Td>
              <Table.Td>{till.name}</Table.Td>
              <Table.Td>
                <Badge size="sm" color={till.active ? 'green' : 'gray'}>
                  {till.active ? 'in use' : 'retired'}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <Button size="xs" variant="subtle" onClick={() => setEditing(till)}>
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

/**
 * Every till's sessions with what each expected, counted and the difference (over or short), newest first; the
 * filters (till, clerk, state, business dates) and the page are in the URL.
 */
export function TillsPage() {
  const url = useUrlFilters(NO_FILTER)
  const filters = url.filters as Filters
  const { page, setPage } = url
  const clerk = useSearchBox(filters.clerk, (text) => url.setFilters({ clerk: text }))
  const tills = useTills()
  const sessions = useSessions({ ...filters, page, size: PAGE_SIZE })

  return (
    <Stack>
      <Title order={2}>Tills</Title>
      <Group align="flex-end">
        <NativeSelect
          label="Till"
          data-testid="sessions-filter-till"
          data={[
            { value: '', label: 'Every till' },
            ...(tills.data ?? []).map((till) => ({ value: till.id, label: `${till.code} · ${till.name}` })),
          ]}
          value={filters.tillId}
          onChange={(event) => url.setFilters({ tillId: event.currentTarget.value })}
        />
        <TextInput label="Clerk" placeholder="Username" data-testid="sessions-filter-clerk" {...clerk} />
        <NativeSelect
          label="State"
          data-testid="sessions-filter-state"
          data={STATE_OPTIONS}
          value={filters.state}
          onChange={(event) => url.setFilters({ state: event.currentTarget.value as Filters['state'] })}
        />
        <TextInput
          label="From"
          type="date"
          value={filters.from}
          onChange={(event) => url.setFilters({ from: event.currentTarget.value })}
        />
        <TextInput
          label="To"
          type="date"
          value={filters.to}
          onChange={(event) => url.setFilters({ to: event.currentTarget.value })}
        />
      </Group>
      <QueryContent
        query={sessions}
        what="Till sessions"
        testId="sessions"
        isEmpty={(data) => data.items.length === 0}
        emptyText="No till session matches."
      >
        {(data) => (
          <>
            <SessionRows sessions={data.items} />
            <ListFooter
              data={data}
              counts={['session', 'sessions']}
              page={page}
              onPage={setPage}
              testId="sessions-total"
            />
          </>
        )}
      </QueryContent>
      <TillList tills={tills.data ?? []} />
      <TillForm />
    </Stack>
  )
}
