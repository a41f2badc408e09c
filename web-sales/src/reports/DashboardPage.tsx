import '@mantine/charts/styles.css'
import { formatMoney, QueryContent } from '@elif/web-kit'
import { BarChart } from '@mantine/charts'
import { Badge, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useDashboard, useSalesReport, type Dashboard, type Figures, type PeriodFigures } from './api'

const PERIOD_LABELS: Record<PeriodFigures['period'], [string, string]> = {
  TODAY: ['Today', 'yesterday'],
  WEEK: ['This week', 'the same days last week'],
  MONTH: ['This month', 'the same days last month'],
}

/** A change against the period before in percent, one decimal; none when there was nothing before. */
function change(now: string, before: string): string | null {
  const previous = Number(before)
  if (!previous) return null
  const percent = ((Number(now) - previous) / Math.abs(previous)) * 100
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)} %`
}

function Figure({
  label,
  testId,
  value,
  before,
  shown,
}: {
  label: string
  testId: string
  value: string
  before: string
  shown: string
}) {
  const delta = change(value, before)
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={`${testId}-value`}>
        {shown}
      </Text>
      {delta && (
        <Badge size="sm" variant="light" color={delta.startsWith('-') ? 'red' : 'teal'}>
          {delta}
        </Badge>
      )}
    </Card>
  )
}

function PeriodCards({ period }: { period: PeriodFigures }) {
  const now: Figures = period.current
  const before: Figures = period.previous
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} data-testid={`period-${period.period}`}>
      <Figure
        label="Revenue"
        testId="revenue"
        value={now.revenue}
        before={before.revenue}
        shown={formatMoney(now.revenue)}
      />
      <Figure
        label="Sales"
        testId="sales-count"
        value={String(now.salesCount)}
        before={String(before.salesCount)}
        shown={String(now.salesCount)}
      />
      <Figure
        label="Average sale"
        testId="average-sale"
        value={now.averageSale}
        before={before.averageSale}
        shown={formatMoney(now.averageSale)}
      />
      <Figure
        label="Gross profit"
        testId="gross-profit"
        value={now.grossProfit}
        before={before.grossProfit}
        shown={formatMoney(now.grossProfit)}
      />
      <Figure
        label="Margin"
        testId="margin"
        value={now.margin ?? '0'}
        before={before.margin ?? '0'}
        shown={now.margin === null ? '—' : `${now.margin} %`}
      />
      <Figure
        label="Payments received"
        testId="payments-received"
        value={period.paymentsReceived}
        before={period.previousPaymentsReceived}
        shown={formatMoney(period.paymentsReceived)}
      />
    </SimpleGrid>
  )
}

function TopProducts({ period }: { period: PeriodFigures }) {
  if (period.topProducts.length === 0) return <Text c="dimmed">No sales in this period.</Text>
  return (
    <Table striped data-testid="top-products">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Product</Table.Th>
          <Table.Th ta="right">Quantity</Table.Th>
          <Table.Th ta="right">Revenue</Table.Th>
          <Table.Th ta="right">Gross profit</Table.Th>
          <Table.Th ta="right">Margin</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {period.topProducts.map((top) => (
          <Table.Tr key={top.productId} data-testid="top-product">
            <Table.Td>{top.name ? `${top.sku} · ${top.name}` : top.productId}</Table.Td>
            <Table.Td ta="right">{top.figures.quantity}</Table.Td>
            <Table.Td ta="right">{formatMoney(top.figures.revenue)}</Table.Td>
            <Table.Td ta="right">{formatMoney(top.figures.grossProfit)}</Table.Td>
            <Table.Td ta="right">{top.figures.margin === null ? '—' : `${top.figures.margin} %`}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Revenue per day of the month so far, from the sales report (the same rollups as the figures above). */
function RevenueByDay({ dashboard }: { dashboard: Dashboard }) {
  const month = dashboard.periods.find((period) => period.period === 'MONTH')
  const report = useSalesReport({
    from: month?.from ?? '',
    to: month?.to ?? '',
    groupBy: 'DAY',
    sort: '',
    direction: '',
  })
  return (
    <QueryContent query={report} what="Revenue by day" testId="revenue-by-day">
      {(data) => (
        <BarChart
          h={220}
          data={data.rows.map((row) => ({ day: row.key.slice(5), revenue: Number(row.figures.revenue) }))}
          dataKey="day"
          series={[{ name: 'revenue', label: 'Revenue', color: 'teal.6' }]}
          data-testid="revenue-chart"
        />
      )}
    </QueryContent>
  )
}

/**
 * The manager's dashboard on the tenant's business day: today, this week and this month against the same days
 * before, what customers owe, the best sellers, and the month's revenue by day. Figures as docs/reporting.md
 * defines them; they follow each sale, return and payment a moment after it is recorded.
 */
export function DashboardPage() {
  const dashboard = useDashboard()
  const [shown, setShown] = useState<PeriodFigures['period']>('TODAY')
  return (
    <Stack>
      <Title order={2}>Dashboard</Title>
      <QueryContent query={dashboard} what="The dashboard" testId="dashboard">
        {(data) => {
          const period = data.periods.find((candidate) => candidate.period === shown)
          if (!period) return null
          return (
            <Stack>
              <Group justify="space-between">
                <SegmentedControl
                  value={shown}
                  onChange={(value) => setShown(value as PeriodFigures['period'])}
                  data={data.periods.map((candidate) => ({
                    value: candidate.period,
                    label: PERIOD_LABELS[candidate.period][0],
                  }))}
                  data-testid="period-choice"
                />
                <Text size="sm" c="dimmed">
                  {period.from === period.to ? period.from : `${period.from} – ${period.to}`}, against{' '}
                  {PERIOD_LABELS[period.period][1]} · {data.currency}
                </Text>
              </Group>
              <PeriodCards period={period} />
              <Card withBorder padding="sm" data-testid="owed">
                <Text size="xs" c="dimmed" tt="uppercase">
                  Owed by customers
                </Text>
                <Text fw={700} size="lg" data-testid="owed-value">
                  {formatMoney(data.owed)}
                </Text>
              </Card>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <Stack gap="xs">
                  <Title order={4}>Best sellers</Title>
                  <TopProducts period={period} />
                </Stack>
                <Stack gap="xs">
                  <Title order={4}>Revenue by day this month</Title>
                  <RevenueByDay dashboard={data} />
                </Stack>
              </SimpleGrid>
            </Stack>
          )
        }}
      </QueryContent>
    </Stack>
  )
}
