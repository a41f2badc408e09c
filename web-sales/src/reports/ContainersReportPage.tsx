import './report-print.css'
import { formatMoney, QueryContent, useUrlFilters } from '@elif/web-kit'
import { Anchor, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { Link } from 'react-router'
import { ReportDownloads } from './ReportDownloads'
import { useContainersReport } from './api'

/** Today by default: the server's business day. */
const DEFAULTS = { asOf: '' }

/**
 * The containers customers hold (MANAGER, ADMIN) at the end of a day, per customer and type: consigned (deposit
 * paid), due (owed), held, and the deposits held for them (docs/reporting.md). Printable and downloadable.
 */
export function ContainersReportPage() {
  const url = useUrlFilters(DEFAULTS)
  const { asOf } = url.filters
  const report = useContainersReport(asOf)
  return (
    <Stack className="elif-report-print">
      <Title order={2}>Containers held by customers</Title>
      <Group align="flex-end" className="elif-print-hidden">
        <TextInput
          type="date"
          label="At the end of"
          data-testid="containers-as-of"
          value={asOf || report.data?.asOf || ''}
          onChange={(event) => url.setFilters({ asOf: event.currentTarget.value })}
        />
        <ReportDownloads path="api/reporting/containers" params={asOf ? { asOf } : {}} />
      </Group>
      <QueryContent
        query={report}
        what="The containers"
        testId="containers-report"
        isEmpty={(data) => data.rows.length === 0}
        emptyText="No customer holds a container."
      >
        {(data) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              At the end of {data.asOf} · deposits in {data.currency}
            </Text>
            <Table striped data-testid="containers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th>Container</Table.Th>
                  <Table.Th ta="right">Consigned</Table.Th>
                  <Table.Th ta="right">Due</Table.Th>
                  <Table.Th ta="right">Held</Table.Th>
                  <Table.Th ta="right">Deposits held</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <Table.Tr
                    key={`${row.customerId}-${row.containerTypeId}`}
                    data-testid="containers-row"
                    data-key={`${row.customerId}-${row.code}`}
                  >
                    <Table.Td ff="monospace">
                      <Anchor component={Link} to={`/customers/${row.customerId}`}>
                        {row.customerId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{row.code}</Table.Td>
                    <Table.Td ta="right">{row.consigned}</Table.Td>
                    <Table.Td ta="right">{row.due}</Table.Td>
                    <Table.Td ta="right">{row.held}</Table.Td>
                    <Table.Td ta="right">{formatMoney(row.depositsHeld)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700} data-testid="containers-total">
                  <Table.Td colSpan={2}>Total</Table.Td>
                  <Table.Td ta="right">{data.total.consigned}</Table.Td>
                  <Table.Td ta="right">{data.total.due}</Table.Td>
                  <Table.Td ta="right">{data.total.held}</Table.Td>
                  <Table.Td ta="right">{formatMoney(data.total.depositsHeld)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Stack>
        )}
      </QueryContent>
    </Stack>
  )
}
