import './report-print.css'
import { formatMoney, formatQuantity, QueryContent, useCategories, useUrlFilters } from '@elif/web-kit'
import { Group, NativeSelect, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core'
import { ReportDownloads } from './ReportDownloads'
import {
  GROUPING_LABELS,
  GROUPINGS,
  isoDay,
  reportParams,
  useSalesReport,
  type GroupBy,
  type ReportRow,
  type ReportSort,
  type SalesReport,
  type SalesReportFilter,
} from './api'

const today = new Date()
/** This month so far, by day, in the order of the days: what a manager asks first. */
const DEFAULTS: Record<keyof SalesReportFilter, string> = {
  from: isoDay(new Date(today.getFullYear(), today.getMonth(), 1)),
  to: isoDay(today),
  groupBy: 'DAY',
  sort: '',
  direction: '',
}

const GROUPING_OPTIONS = GROUPINGS.map((grouping) => ({ value: grouping, label: GROUPING_LABELS[grouping] }))

const KEY_HEADINGS: Record<GroupBy, string> = {
  DAY: 'Day',
  WEEK: 'Week from',
  MONTH: 'Month',
  PRODUCT: 'Product',
  CATEGORY: 'Category',
  CUSTOMER: 'Customer',
  CLERK: 'Clerk',
  WAREHOUSE: 'Warehouse',
}

const COLUMNS: { sort: ReportSort; heading: string }[] = [
  { sort: 'QUANTITY', heading: 'Quantity' },
  { sort: 'REVENUE', heading: 'Revenue' },
  { sort: 'TAX', heading: 'Tax' },
  { sort: 'COST', heading: 'Cost' },
  { sort: 'GROSS_PROFIT', heading: 'Gross profit' },
  { sort: 'MARGIN', heading: 'Margin' },
  { sort: 'SALES_COUNT', heading: 'Sales' },
]

/**
 * What a row is called: a product's SKU and name, a category's name, a clerk's username, a period's first day (a
 * month's), else its id.
 */
function rowName(row: ReportRow, groupBy: GroupBy, categories: Map<string, string>): string {
  if (groupBy === 'MONTH') return row.key.slice(0, 7)
  if (groupBy === 'CATEGORY') return row.key === '' ? 'No category' : (categories.get(row.key) ?? row.key)
  return row.label ?? row.key
}

function Heading({
  sort,
  label,
  filter,
  onSort,
  numeric = true,
}: {
  sort: ReportSort
  label: string
  filter: SalesReportFilter
  onSort: (sort: ReportSort, direction: string) => void
  numeric?: boolean
}) {
  const current = (filter.sort || 'KEY') === sort
  const descending = filter.direction === 'DESC'
  // a figure is first sorted largest first, the key in its natural order
  const next = current ? (descending ? 'ASC' : 'DESC') : numeric ? 'DESC' : 'ASC'
  return (
    <Table.Th
      ta={numeric ? 'right' : undefined}
      aria-sort={current ? (descending ? 'descending' : 'ascending') : 'none'}
      data-testid={`column-${sort}`}
    >
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort(sort, next)} data-testid={`sort-${sort}`}>
        {label}
        {current ? (descending ? ' ↓' : ' ↑') : ''}
      </UnstyledButton>
    </Table.Th>
  )
}

function Figures({ figures }: { figures: ReportRow['figures'] }) {
  return (
    <>
      <Table.Td ta="right">{formatQuantity(figures.quantity)}</Table.Td>
      <Table.Td ta="right">{formatMoney(figures.revenue)}</Table.Td>
      <Table.Td ta="right">{formatMoney(figures.tax)}</Table.Td>
      <Table.Td ta="right">{formatMoney(figures.cost)}</Table.Td>
      <Table.Td ta="right">{formatMoney(figures.grossProfit)}</Table.Td>
      <Table.Td ta="right">{figures.margin === null ? '—' : `${figures.margin} %`}</Table.Td>
      <Table.Td ta="right">{figures.salesCount}</Table.Td>
    </>
  )
}

function ReportTable({
  report,
  filter,
  onSort,
}: {
  report: SalesReport
  filter: SalesReportFilter
  onSort: (sort: ReportSort, direction: string) => void
}) {
  const groupBy = report.groupBy as GroupBy
  const categoryList = useCategories()
  const categories = new Map((categoryList.data ?? []).map((category) => [category.id, category.name]))
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="sales-report-table">
        <Table.Thead>
          <Table.Tr>
            <Heading sort="KEY" label={KEY_HEADINGS[groupBy]} filter={filter} onSort={onSort} numeric={false} />
            {COLUMNS.map((column) => (
              <Heading key={column.sort} sort={column.sort} label={column.heading} filter={filter} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.key} data-testid="report-row" data-key={row.key}>
              <Table.Td ff={row.label || groupBy === 'CLERK' || groupBy === 'CATEGORY' ? undefined : 'monospace'}>
                {rowName(row, groupBy, categories)}
              </Table.Td>
              <Figures figures={row.figures} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700} data-testid="report-total">
            <Table.Td>Total</Table.Td>
            <Figures figures={report.total} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  )
}

/**
 * The sales report (MANAGER, ADMIN): a range of business days grouped by day, week or month or by product,
 * customer, clerk or warehouse, sorted by any column, its question in the URL; printable, and downloadable as CSV,
 * XLSX or PDF of the same question. Figures as docs/reporting.md defines them.
 */
export function SalesReportPage() {
  const url = useUrlFilters(DEFAULTS)
  const filter = url.filters as SalesReportFilter
  const report = useSalesReport(filter)
  const onSort = (sort: ReportSort, direction: string) =>
    url.setFilters({ sort: sort === 'KEY' ? '' : sort, direction: direction === 'ASC' ? '' : direction })
  return (
    <Stack className="elif-report-print">
      <Title order={2}>Sales report</Title>
      <Group align="flex-end" className="elif-print-hidden">
        <TextInput
          type="date"
          label="From"
          data-testid="report-from"
          value={filter.from}
          onChange={(event) => url.setFilters({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label="To"
          data-testid="report-to"
          value={filter.to}
          onChange={(event) => url.setFilters({ to: event.currentTarget.value })}
        />
        <NativeSelect
          label="By"
          data-testid="report-group-by"
          data={GROUPING_OPTIONS}
          value={filter.groupBy}
          onChange={(event) => url.setFilters({ groupBy: event.currentTarget.value, sort: '', direction: '' })}
        />
        <ReportDownloads path="api/reporting/sales" params={reportParams(filter)} />
      </Group>
      <QueryContent
        query={report}
        what="The sales report"
        testId="sales-report"
        isEmpty={(data) => data.rows.length === 0}
        emptyText="No sales in these days."
      >
        {(data) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" data-testid="report-subtitle">
              {data.from} – {data.to} · by {GROUPING_LABELS[data.groupBy as GroupBy].toLowerCase()} · amounts in{' '}
              {data.currency}, revenue net of tax and returns, cost at issue
            </Text>
            <ReportTable report={data} filter={filter} onSort={onSort} />
          </Stack>
        )}
      </QueryContent>
    </Stack>
  )
}
