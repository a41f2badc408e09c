import './report-print.css'
import { formatMoney, QueryContent, useUrlFilters } from '@elif/web-kit'
import { Anchor, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { Link } from 'react-router'
import { ReportDownloads } from './ReportDownloads'
import { useDebtsReport, type CustomerDebt } from './api'

/** Today by default: the server's business day. */
const DEFAULTS = { asOf: '' }

const COLUMNS: { figure: keyof CustomerDebt; heading: string }[] = [
  { figure: 'current', heading: 'Current' },
  { figure: 'days1To30', heading: '1-30 days' },
  { figure: 'days31To60', heading: '31-60 days' },
  { figure: 'days61To90', heading: '61-90 days' },
  { figure: 'over90', heading: 'Over 90 days' },
  { figure: 'unallocated', heading: 'Unallocated' },
  { figure: 'total', heading: 'Total' },
]

function Amounts({ debt }: { debt: CustomerDebt }) {
  return (
    <>
      {COLUMNS.map((column) => (
        <Table.Td key={column.figure} ta="right">
          {formatMoney(String(debt[column.figure]))}
        </Table.Td>
      ))}
      <Table.Td ta="right">{debt.openSales}</Table.Td>
    </>
  )
}

/**
 * What customers owe (MANAGER, ADMIN) at the end of a day, by days past each sale's due date (docs/reporting.md,
 * "Ageing"), the largest debts first; a customer opens their account. Printable and downloadable.
 */
export function OwedReportPage() {
  const url = useUrlFilters(DEFAULTS)
  const { asOf } = url.filters
  const report = useDebtsReport(asOf)
  return (
    <Stack className="elif-report-print">
      <Title order={2}>Owed by customers</Title>
      <Group align="flex-end" className="elif-print-hidden">
        <TextInput
          type="date"
          label="At the end of"
          data-testid="owed-as-of"
          value={asOf || report.data?.asOf || ''}
          onChange={(event) => url.setFilters({ asOf: event.currentTarget.value })}
        />
        <ReportDownloads path="api/reporting/owed" params={asOf ? { asOf } : {}} />
      </Group>
      <QueryContent
        query={report}
        what="What customers owe"
        testId="owed-report"
        isEmpty={(data) => data.rows.length === 0}
        emptyText="No customer owes anything."
      >
        {(data) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              At the end of {data.asOf} · amounts in {data.currency}
            </Text>
            <Table.ScrollContainer minWidth={900}>
              <Table striped data-testid="owed-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Customer</Table.Th>
                    {COLUMNS.map((column) => (
                      <Table.Th key={column.figure} ta="right">
                        {column.heading}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">Open sales</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row) => (
                    <Table.Tr key={row.customerId} data-testid="owed-row" data-key={row.customerId}>
                      <Table.Td ff="monospace">
                        <Anchor component={Link} to={`/customers/${row.customerId}`}>
                          {row.customerId}
                        </Anchor>
                      </Table.Td>
                      <Amounts debt={row} />
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr fw={700} data-testid="owed-total">
                    <Table.Td>Total</Table.Td>
                    <Amounts debt={data.total} />
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </QueryContent>
    </Stack>
  )
}
