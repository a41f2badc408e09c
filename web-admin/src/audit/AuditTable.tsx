import { formatDateTime } from '@elif/web-kit'
import { type AuditEvent, type AuditOutcome } from '../identity/api'
import { Badge, Table, Text } from '@mantine/core'

const OUTCOME_COLORS: Record<AuditOutcome, string> = { SUCCESS: 'green', FAILURE: 'orange', DENIED: 'red' }

export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>User</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Address</Table.Th>
            <Table.Th>Detail</Table.Th>
            <Table.Th>Trace</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id} data-testid="audit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</Table.Td>
              <Table.Td>
                {event.username ?? (
                  <Text c="dimmed" span>
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace">{event.action}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={OUTCOME_COLORS[event.outcome] ?? 'gray'}>
                  {event.outcome}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace">{event.clientAddress ?? '—'}</Table.Td>
              <Table.Td>{event.detail}</Table.Td>
              <Table.Td ff="monospace" fz="xs" c="dimmed">
                {event.traceId}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
