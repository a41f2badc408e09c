import './report-print.css'
import { formatMoney, methodLabel, QueryContent, useUrlFilters } from '@elif/web-kit'
import { Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { ReportDownloads } from './ReportDownloads'
import { isoDay, usePaymentsReport } from './api'

const today = new Date()
/** This month so far. */
const DEFAULTS = {
  from: isoDay(new Date(today.getFullYear(), today.getMonth(), 1)),
  to: isoDay(today),
}

/**
 * The payments received (MANAGER, ADMIN): a range of business days, one row per method and user who took the
 * payments, with the total; printable and downloadable as CSV, XLSX or PDF. For cash, what settled debts (the
 * change given back is not in it); refunds are not payments (docs/reporting.md).
 */
export function PaymentsReportPage() {
  const url = useUrlFilters(DEFAULTS)
  const { from, to } = url.filters
  const report = usePaymentsReport(from, to)
  return (
    <Stack className="elif-report-print">
      <Title order={2}>Payments received</Title>
      <Group align="flex-end" className="elif-print-hidden">
        <TextInput
          type="date"
          label="From"
          data-testid="payments-from"
          value={from}
          onChange={(event) => url.setFilters({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label="To"
          data-testid="payments-to"
          value={to}
          onChange={(event) => url.setFilters({ to: event.currentTarget.value })}
        />
        <ReportDownloads path="api/reporting/payments" params={{ from, to }} />
      </Group>
      <QueryContent
        query={report}
        what="The payments"
        testId="payments-report"
        isEmpty={(data) => data.rows.length === 0}
        emptyText="No payment in these days."
      >
        {(data) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {data.from} – {data.to} · amounts in {data.currency}
            </Text>
            <Table striped data-testid="payments-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Method</Table.Th>
                  <Table.Th>Taken by</Table.Th>
                  <Table.Th ta="right">Payments</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <Table.Tr key={`${row.method} ${row.takenBy}`} data-testid="payments-row">
                    <Table.Td>{methodLabel(row.method ?? '')}</Table.Td>
                    <Table.Td>{row.takenBy}</Table.Td>
                    <Table.Td ta="right">{row.payments}</Table.Td>
                    <Table.Td ta="right">{formatMoney(row.amount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700} data-testid="payments-total">
                  <Table.Td colSpan={2}>Total</Table.Td>
                  <Table.Td ta="right">{data.total.payments}</Table.Td>
                  <Table.Td ta="right">{formatMoney(data.total.amount)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Stack>
        )}
      </QueryContent>
    </Stack>
  )
}
