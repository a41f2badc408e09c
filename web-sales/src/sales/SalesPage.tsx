import { formatMoney, QueryContent, useSearchBox, useUrlFilters, ListFooter } from '@elif/web-kit'
import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { Link } from 'react-router'
import {
  PAYMENT_STATUS_LABELS,
  PAYMENT_STATUSES,
  SALE_STATES,
  useSaleList,
  type SaleFilter,
  type SaleSummary,
} from './api'

const PAGE_SIZE = 20

type Filters = Omit<SaleFilter, 'page' | 'size'>

const NO_FILTER: Record<keyof Filters, string> = {
  number: '',
  state: '',
  paymentStatus: '',
  from: '',
  to: '',
  clerk: '',
  customerId: '',
}

const STATE_OPTIONS = [
  { value: '', label: 'Every state' },
  ...SALE_STATES.map((state) => ({ value: state, label: state })),
]
const PAYMENT_OPTIONS = [
  { value: '', label: 'Paid or not' },
  ...PAYMENT_STATUSES.map((status) => ({ value: status, label: PAYMENT_STATUS_LABELS[status] })),
]

function SaleRows({ sales }: { sales: SaleSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Clerk</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th ta="right">Total</Table.Th>
            <Table.Th ta="right">Owed</Table.Th>
            <Table.Th>Payment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sales.map((sale) => (
            <Table.Tr key={sale.id} data-testid="sale-row" data-number={sale.number}>
              <Table.Td ff="monospace">
                <Anchor component={Link} to={`/history/${sale.id}`} data-testid="sale-link">
                  {sale.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{sale.businessDate}</Table.Td>
              <Table.Td>
                {sale.customerName}{' '}
                <Text span size="xs" c="dimmed" ff="monospace">
                  {sale.customerCode}
                </Text>
              </Table.Td>
              <Table.Td>{sale.createdBy}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light">
                  {sale.state}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(sale.total)}</Table.Td>
              <Table.Td ta="right">{sale.owed ? formatMoney(sale.owed) : '—'}</Table.Td>
              <Table.Td>{sale.paymentStatus ? PAYMENT_STATUS_LABELS[sale.paymentStatus] : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/**
 * The sales history: by number, state, payment, business dates and clerk, newest first, the filters and the page
 * in the URL. A clerk sees their own sales (the server decides); a sale's number opens it.
 */
export function SalesPage() {
  const url = useUrlFilters(NO_FILTER)
  const filters = url.filters as Filters
  const search = useSearchBox(filters.number, (text) => url.setFilters({ number: text }))
  const sales = useSaleList({ ...filters, page: url.page, size: PAGE_SIZE })
  return (
    <Stack>
      <Title order={2}>Sales</Title>
      <Group align="flex-end" grow preventGrowOverflow={false}>
        <TextInput data-testid="sale-search" label="Number" placeholder="S-2026-" {...search} />
        <NativeSelect
          data-testid="sale-state-filter"
          label="State"
          data={STATE_OPTIONS}
          value={filters.state}
          onChange={(event) => url.setFilters({ state: event.currentTarget.value })}
        />
        <NativeSelect
          data-testid="sale-payment-filter"
          label="Payment"
          data={PAYMENT_OPTIONS}
          value={filters.paymentStatus}
          onChange={(event) => url.setFilters({ paymentStatus: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label="From"
          value={filters.from}
          onChange={(event) => url.setFilters({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label="To"
          value={filters.to}
          onChange={(event) => url.setFilters({ to: event.currentTarget.value })}
        />
        <TextInput
          data-testid="sale-clerk-filter"
          label="Clerk"
          value={filters.clerk}
          onChange={(event) => url.setFilters({ clerk: event.currentTarget.value })}
        />
      </Group>
      <QueryContent
        query={sales}
        what="Sales"
        testId="sales"
        isEmpty={(data) => data.items.length === 0}
        emptyText="No sale matches."
      >
        {(data) => (
          <>
            <SaleRows sales={data.items} />
            <ListFooter
              data={data}
              counts={['sale', 'sales']}
              page={url.page}
              onPage={url.setPage}
              testId="sales-total"
            />
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
