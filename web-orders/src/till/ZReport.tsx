import { formatDateTime, formatMoney, QueryContent } from '@elif/web-kit'
import { Paper, Table, Title } from '@mantine/core'
import { useZReport } from './api'

/** A session's Z report: sales, payments by method, deposits, cash in and out, expected, counted and difference. */
export function ZReport({ id }: { id: string }) {
  const report = useZReport(id)
  return (
    <QueryContent query={report} what="The Z report" testId="z-report">
      {(z) => {
        const rows: [string, string | null, string][] = [
          ['Sales', `${z.sales.count}`, 'z-sales-count'],
          ['Sales total (tax included)', formatMoney(z.sales.total), 'z-sales-total'],
          ['of which tax', formatMoney(z.sales.tax), 'z-sales-tax'],
          ...z.payments.map((line): [string, string, string] => [
            `Payments ${line.method.replace('_', ' ').toLowerCase()} (${line.count})`,
            formatMoney(line.amount),
            `z-payments-${line.method}`,
          ]),
          ['Deposits taken', formatMoney(z.depositsTaken), 'z-deposits-taken'],
          ['Deposits returned', formatMoney(z.depositsReturned), 'z-deposits-returned'],
          ['Float', formatMoney(z.openingFloat), 'z-float'],
          ['Cash payments', formatMoney(z.cashPayments), 'z-cash-payments'],
          ['Refunds', formatMoney(z.refunds), 'z-refunds'],
          ['Cash put in', formatMoney(z.paidIn), 'z-paid-in'],
          ['Cash taken out', formatMoney(z.paidOut), 'z-paid-out'],
          ['Expected', formatMoney(z.expected), 'z-expected'],
          ['Counted', z.counted === null ? '—' : formatMoney(z.counted), 'z-counted'],
          ['Difference', z.difference === null ? '—' : formatMoney(z.difference), 'z-difference'],
        ]
        return (
          <Paper withBorder p="md" maw={420} data-testid="z-report">
            <Title order={3}>
              Z report · {z.tillCode} · {z.clerk}
            </Title>
            <div>
              {formatDateTime(z.openedAt)} – {z.closedAt ? formatDateTime(z.closedAt) : 'open'}
            </div>
            <Table withRowBorders={false}>
              <Table.Tbody>
                {rows.map(([label, value, testId]) => (
                  <Table.Tr key={testId}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td ta="right" ff="monospace" data-testid={testId}>
                      {value}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )
      }}
    </QueryContent>
  )
}
