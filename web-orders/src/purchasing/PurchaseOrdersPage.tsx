import { formatMoney, QueryContent, useSearchBox, useUrlFilters, ListFooter } from '@elif/web-kit'
import { Anchor, Button, Group, Loader, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { Link } from 'react-router'
import { STATE_LABELS, usePurchaseOrders, type PurchaseOrderState } from './api'
import { OrderStateBadge } from './OrderStateBadge'
import { NEW_PURCHASE_ORDER_PATH, purchaseOrderHref } from './paths'
import { SupplierSelect } from './SupplierSelect'

const PAGE_SIZE = 20

/** "open": every state still awaiting something (draft to partially received). */
const OPEN: PurchaseOrderState[] = ['DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED']

const STATE_OPTIONS = [
  { value: '', label: 'All states' },
  { value: 'open', label: 'Open' },
  ...Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label })),
]

const NO_FILTER = { q: '', supplier: '', state: 'open', from: '', to: '' }

const statesOf = (state: string): PurchaseOrderState[] =>
  state === 'open' ? OPEN : state === '' ? [] : [state as PurchaseOrderState]

/**
 * Purchase orders, newest first, by number or supplier's name, supplier, state and business dates; every filter and
 * the page are in
 * the URL. A number opens the order (send, confirm, cancel, close, its PDF).
 */
export function PurchaseOrdersPage() {
  const url = useUrlFilters(NO_FILTER)
  const { filters, page, setPage } = url
  const search = useSearchBox(filters.q, (q) => url.setFilters({ q }))
  const orders = usePurchaseOrders({
    q: filters.q,
    states: statesOf(filters.state),
    supplierId: filters.supplier,
    from: filters.from,
    to: filters.to,
    page,
    size: PAGE_SIZE,
  })

  return (
    <Stack data-testid="purchase-orders">
      <Group justify="space-between">
        <Title order={2}>Purchase orders</Title>
        <Group>
          <Button component={Link} to="/reorder" variant="light" data-testid="purchase-orders-suggestions">
            Reorder suggestions
          </Button>
          <Button component={Link} to={`/${NEW_PURCHASE_ORDER_PATH}`} data-testid="purchase-orders-new">
            New order
          </Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          data-testid="purchase-orders-search"
          label="Search"
          placeholder="Number or supplier"
          {...search}
          rightSection={orders.isFetching && !orders.isPending ? <Loader size="xs" /> : null}
          miw={240}
        />
        <SupplierSelect
          testId="purchase-orders-supplier"
          value={filters.supplier}
          onChange={(supplier) => url.setFilters({ supplier })}
          clearable
        />
        <NativeSelect
          label="State"
          data-testid="purchase-orders-state"
          data={STATE_OPTIONS}
          value={filters.state}
          onChange={(event) => url.setFilters({ state: event.currentTarget.value })}
        />
        <TextInput
          label="From"
          type="date"
          data-testid="purchase-orders-from"
          value={filters.from}
          onChange={(event) => url.setFilters({ from: event.currentTarget.value })}
        />
        <TextInput
          label="To"
          type="date"
          data-testid="purchase-orders-to"
          value={filters.to}
          onChange={(event) => url.setFilters({ to: event.currentTarget.value })}
        />
      </Group>
      <QueryContent
        query={orders}
        what="Purchase orders"
        testId="purchase-orders-list"
        isEmpty={(data) => data.items.length === 0}
        emptyText="No purchase orders."
      >
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Number</Table.Th>
                    <Table.Th>Supplier</Table.Th>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Expected</Table.Th>
                    <Table.Th ta="right">Lines</Table.Th>
                    <Table.Th ta="right">Total</Table.Th>
                    <Table.Th>State</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((order) => (
                    <Table.Tr
                      key={order.id}
                      data-testid="purchase-order-row"
                      data-number={order.number}
                      data-state={order.state}
                    >
                      <Table.Td ff="monospace">
                        <Anchor component={Link} to={purchaseOrderHref(order.id)}>
                          {order.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {order.supplierName}{' '}
                        <Text span size="xs" c="dimmed">
                          {order.supplierCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>{order.businessDate}</Table.Td>
                      <Table.Td>{order.expectedDate ?? '—'}</Table.Td>
                      <Table.Td ta="right">{order.lineCount}</Table.Td>
                      <Table.Td ta="right">
                        {formatMoney(order.total)} {order.currency}
                      </Table.Td>
                      <Table.Td>
                        <OrderStateBadge state={order.state} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListFooter
              data={data}
              counts={['order', 'orders']}
              page={page}
              onPage={setPage}
              testId="purchase-orders-total"
            />
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
