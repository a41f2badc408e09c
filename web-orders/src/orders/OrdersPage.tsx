import {
  describeError,
  formatMoney,
  hasAnyRole,
  httpStatus,
  problemType,
  stockKeys,
  useMe,
  useSearchBox,
  useUrlFilters,
} from '@elif/web-kit'
import { Alert, Button, Group, Pagination, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import {
  completeSale,
  fetchSale,
  saleKeys,
  transition,
  useCustomer,
  useSales,
  type Sale,
  type SaleState,
  type SaleSummary,
  type Transition,
} from '../counter/api'
import { PaymentPanel } from '../counter/PaymentPanel'
import { cartStorageKey } from '../counter/cart'

const PAGE_SIZE = 20

const STATES: { value: SaleState; label: string }[] = [
  { value: 'DRAFT', label: 'Drafts' },
  { value: 'CONFIRMED', label: 'Confirmed orders' },
]

const DONE: Record<Transition, string> = { confirm: 'confirmed', complete: 'completed', cancel: 'cancelled' }

/**
 * Drafts (saved carts) and confirmed phone orders: a draft opens in the counter, a confirmed order is completed when
 * the driver loads it, and a manager cancels either. The state, the number searched and the page are in the URL.
 */
export function OrdersPage() {
  const me = useMe()
  const manager = hasAnyRole(me, ['MANAGER', 'ADMIN'])
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { filters, setFilters, page, setPage } = useUrlFilters({ state: 'DRAFT', number: '' })
  const state: SaleState = filters.state === 'CONFIRMED' ? 'CONFIRMED' : 'DRAFT'
  const search = useSearchBox(filters.number, (number) => setFilters({ number }))
  const sales = useSales({ state, number: filters.number, page, size: PAGE_SIZE })
  const [outcome, setOutcome] = useState<{ saleId: string; text: string; error: boolean } | null>(null)
  const change = useMutation({
    mutationFn: ({ sale, to }: { sale: SaleSummary; to: Transition }) => transition(sale.id, to),
    onSuccess: (done, { to }) => {
      setOutcome({ saleId: done.id, text: `${done.number} ${DONE[to]}.`, error: false })
      void queryClient.invalidateQueries({ queryKey: saleKeys.all })
      void queryClient.invalidateQueries({ queryKey: stockKeys.all })
    },
    onError: (error, { sale }) => setOutcome({ saleId: sale.id, text: describeError(error), error: true }),
  })

  // Completing a confirmed order is the counter's payment step: the panel opens on the order as the server has it
  const [paying, setPaying] = useState<Sale | null>(null)
  const payingCustomer = useCustomer(paying?.customerId)
  const pay = useMutation({
    mutationFn: (sale: SaleSummary) => fetchSale(sale.id),
    onSuccess: (sale) => setPaying(sale),
    onError: (error, sale) => setOutcome({ saleId: sale.id, text: describeError(error), error: true }),
  })

  const open = (sale: SaleSummary) => {
    try {
      window.localStorage.setItem(cartStorageKey(me.tenant, me.username), sale.id)
    } catch {
      // without storage the counter cannot take it over
    }
    void navigate('/')
  }

  const items = sales.data?.items ?? []
  return (
    <Stack data-testid="orders">
      <Title order={2}>Orders</Title>
      <Group>
        <SegmentedControl
          data-testid="orders-state"
          data={STATES}
          value={state}
          onChange={(value) => setFilters({ state: value })}
        />
        <TextInput data-testid="orders-search" aria-label="Sale number" placeholder="Sale number" {...search} />
      </Group>
      {outcome && (
        <Alert
          color={outcome.error ? 'red' : 'green'}
          data-testid={outcome.error ? 'orders-error' : 'orders-done'}
          withCloseButton
          onClose={() => setOutcome(null)}
        >
          {outcome.text}
        </Alert>
      )}
      {sales.isError && <Alert color="red">{describeError(sales.error)}</Alert>}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((sale) => (
              <Table.Tr key={sale.id} data-testid="order-row" data-number={sale.number} data-state={sale.state}>
                <Table.Td ff="monospace">{sale.number}</Table.Td>
                <Table.Td>
                  {sale.customerName}{' '}
                  <Text span size="xs" c="dimmed">
                    {sale.customerCode}
                  </Text>
                </Table.Td>
                <Table.Td>{sale.businessDate}</Table.Td>
                <Table.Td ta="right">{formatMoney(sale.total)}</Table.Td>
                <Table.Td>{sale.state === 'DRAFT' ? 'Draft' : 'Confirmed'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {sale.state === 'DRAFT' && (
                      <Button size="md" onClick={() => open(sale)}>
                        Open in counter
                      </Button>
                    )}
                    {sale.state === 'CONFIRMED' && (
                      <Button
                        size="md"
                        loading={pay.isPending && pay.variables.id === sale.id}
                        onClick={() => pay.mutate(sale)}
                      >
                        Complete
                      </Button>
                    )}
                    {manager && (
                      <Button
                        size="md"
                        variant="light"
                        color="red"
                        loading={change.isPending && change.variables?.sale.id === sale.id}
                        onClick={() => change.mutate({ sale, to: 'cancel' })}
                      >
                        Cancel
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!sales.isPending && items.length === 0 && (
        <Text c="dimmed" data-testid="orders-empty">
          No {state === 'DRAFT' ? 'drafts' : 'confirmed orders'}.
        </Text>
      )}
      <PaymentPanel
        sale={paying}
        customer={payingCustomer.data}
        manager={manager}
        onClose={() => setPaying(null)}
        complete={(body, key) => completeSale(paying?.id ?? '', body, key)}
        onCompleted={(done) => {
          setPaying(null)
          setOutcome({ saleId: done.id, text: `${done.number} ${DONE.complete}.`, error: false })
          void queryClient.invalidateQueries({ queryKey: saleKeys.all })
          void queryClient.invalidateQueries({ queryKey: stockKeys.all })
        }}
        onRefused={(error) => {
          if (paying === null || httpStatus(error) !== 409 || problemType(error) === 'credit-limit') return false
          if (problemType(error) === 'till-closed') return false
          setOutcome({ saleId: paying.id, text: describeError(error), error: true })
          setPaying(null)
          return true
        }}
      />
      {sales.data && sales.data.totalPages > 1 && (
        <Pagination total={sales.data.totalPages} value={page + 1} onChange={(value) => setPage(value - 1)} />
      )}
    </Stack>
  )
}
