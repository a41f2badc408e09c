import { describeError, formatDateTime, formatMoney, hasAnyRole, httpStatus, QueryContent, useMe } from '@elif/web-kit'
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import {
  orderPdfHref,
  RECEIVABLE,
  useOrderDeliveries,
  useOrderTransition,
  usePurchaseOrder,
  type OrderTransition,
  type PurchaseOrder,
} from './api'
import { OrderStateBadge } from './OrderStateBadge'
import { receiveOrderHref } from './paths'

/** "Crate of 24" is the supplier's pack: the lines count packs. */
export const packText = (unitsPerPack: number) => (unitsPerPack === 1 ? 'unit' : `pack of ${unitsPerPack}`)

const DONE: Record<OrderTransition, string> = {
  send: 'sent',
  confirm: 'confirmed',
  cancel: 'cancelled',
  close: 'closed',
}

/** The transitions a manager may ask for in a state, as the order allows them (decision 72). */
function transitionsOf(order: PurchaseOrder): OrderTransition[] {
  switch (order.state) {
    case 'DRAFT':
      return ['send', 'confirm', 'cancel']
    case 'SENT':
      return ['confirm', 'cancel', 'close']
    case 'CONFIRMED':
      return ['cancel', 'close']
    case 'PARTIALLY_RECEIVED':
      return ['close']
    default:
      return []
  }
}

const LABELS: Record<OrderTransition, string> = {
  send: 'Send',
  confirm: 'Supplier confirmed',
  cancel: 'Cancel order',
  close: 'Close short',
}

function CloseModal({ order, onClose }: { order: PurchaseOrder; onClose: () => void }) {
  const transition = useOrderTransition()
  const [reason, setReason] = useState('')
  return (
    <Modal opened onClose={onClose} title={`Close ${order.number}`}>
      <form
        data-testid="close-order-form"
        onSubmit={(event) => {
          event.preventDefault()
          transition.mutate({ id: order.id, to: 'close', reason: reason.trim() }, { onSuccess: onClose })
        }}
      >
        <Stack gap="sm">
          <Text size="sm">What is still outstanding will not come: the order ends with what arrived.</Text>
          <TextInput label="Reason" withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          {transition.isError && <Alert color="red">{describeError(transition.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button type="submit" color="red" loading={transition.isPending}>
              Close order
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function Deliveries({ orderId }: { orderId: string }) {
  const deliveries = useOrderDeliveries(orderId)
  return (
    <QueryContent
      query={deliveries}
      what="Deliveries"
      testId="order-deliveries"
      isEmpty={(data) => data.items.length === 0}
      emptyText="Nothing delivered yet."
    >
      {(data) => (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Delivery</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Lines</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((delivery) => (
              <Table.Tr key={delivery.id} data-testid="order-delivery" data-number={delivery.number}>
                <Table.Td ff="monospace">{delivery.number}</Table.Td>
                <Table.Td>{delivery.businessDate}</Table.Td>
                <Table.Td>{delivery.state === 'CONFIRMED' ? 'Confirmed' : 'Draft'}</Table.Td>
                <Table.Td>
                  {delivery.lines.map((line) => (
                    <Text key={line.lineNo} size="sm">
                      {line.quantity} × {line.name} ({packText(line.unitsPerPack)})
                      {line.lot ? ` · lot ${line.lot}` : ''}
                      {line.bestBefore ? ` · best before ${line.bestBefore}` : ''}
                    </Text>
                  ))}
                  {delivery.overrideReason && (
                    <Text size="xs" c="orange">
                      Over-delivery accepted: {delivery.overrideReason}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryContent>
  )
}

function OrderView({ order }: { order: PurchaseOrder }) {
  const manager = hasAnyRole(useMe(), ['ADMIN', 'MANAGER'])
  const transition = useOrderTransition()
  const [closing, setClosing] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const detail = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  )
  const run = (to: OrderTransition) => {
    setDone(null)
    if (to === 'close') setClosing(true)
    else transition.mutate({ id: order.id, to }, { onSuccess: (saved) => setDone(`${saved.number} ${DONE[to]}.`) })
  }
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="purchase-order-number">
            {order.number}
          </Title>
          <OrderStateBadge state={order.state} testId="purchase-order-state" />
        </div>
        <Group>
          <Button
            component="a"
            href={orderPdfHref(order.id)}
            target="_blank"
            variant="default"
            data-testid="purchase-order-pdf"
          >
            Print (PDF)
          </Button>
          {RECEIVABLE.includes(order.state) && (
            <Button
              component={Link}
              to={receiveOrderHref(order.id)}
              variant="light"
              data-testid="purchase-order-receive"
            >
              Receive
            </Button>
          )}
          {manager &&
            transitionsOf(order).map((to) => (
              <Button
                key={to}
                color={to === 'cancel' || to === 'close' ? 'red' : undefined}
                variant={to === 'cancel' || to === 'close' ? 'light' : 'filled'}
                loading={transition.isPending && transition.variables.to === to}
                onClick={() => run(to)}
                data-testid={`purchase-order-${to}`}
              >
                {LABELS[to]}
              </Button>
            ))}
        </Group>
      </Group>
      {done && (
        <Alert color="green" data-testid="purchase-order-done" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      {transition.isError && (
        <Alert color="red" data-testid="purchase-order-error">
          {describeError(transition.error)}
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {detail('Supplier', `${order.supplier.name} (${order.supplier.code})`)}
          {detail('Date', order.businessDate)}
          {detail('Expected', order.expectedDate)}
          {detail('Created', `${formatDateTime(order.created.at)} by ${order.created.by}`)}
          {detail('Sent', order.sent && `${formatDateTime(order.sent.at)} by ${order.sent.by}`)}
          {detail('Confirmed', order.confirmed && `${formatDateTime(order.confirmed.at)} by ${order.confirmed.by}`)}
          {detail('Notes', order.notes)}
          {detail('Closed because', order.closeReason)}
        </SimpleGrid>
      </Paper>
      <Table.ScrollContainer minWidth={800}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Ordered</Table.Th>
              <Table.Th ta="right">Cost per pack</Table.Th>
              <Table.Th ta="right">Tax</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th ta="right">Received</Table.Th>
              <Table.Th ta="right">To come</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.lineNo} data-testid="purchase-order-line" data-sku={line.sku}>
                <Table.Td>
                  {line.name}{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {line.sku}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {line.quantity} × {packText(line.unitsPerPack)}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(line.unitCost)}</Table.Td>
                <Table.Td ta="right">{line.taxRate} %</Table.Td>
                <Table.Td ta="right" data-testid="purchase-order-line-amount">
                  {formatMoney(line.amount)}
                </Table.Td>
                <Table.Td ta="right" data-testid="purchase-order-line-received">
                  {line.received}
                </Table.Td>
                <Table.Td ta="right" data-testid="purchase-order-line-outstanding">
                  {line.outstanding}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={4} ta="right">
                Net / tax / total ({order.currency})
              </Table.Th>
              <Table.Th ta="right" colSpan={3} data-testid="purchase-order-total">
                {formatMoney(order.net)} / {formatMoney(order.tax)} / {formatMoney(order.total)}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Title order={3}>Deliveries</Title>
      <Deliveries orderId={order.id} />
      {closing && <CloseModal order={order} onClose={() => setClosing(false)} />}
    </Stack>
  )
}

/** One purchase order: its lines and totals, what arrived, the steps its state allows and its PDF. */
export function PurchaseOrderPage() {
  const { orderId = '' } = useParams()
  const order = usePurchaseOrder(orderId)
  return (
    <Stack data-testid="purchase-order-page">
      <Anchor component={Link} to="/purchase-orders" size="sm">
        ← Purchase orders
      </Anchor>
      {order.isError && httpStatus(order.error) === 404 ? (
        <Text c="red">No such purchase order.</Text>
      ) : (
        <QueryContent query={order} what="The purchase order" testId="purchase-order">
          {(data) => <OrderView order={data} />}
        </QueryContent>
      )}
    </Stack>
  )
}
