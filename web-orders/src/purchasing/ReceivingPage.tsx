import { formatQuantity, QueryContent } from '@elif/web-kit'
import { Button, Stack, Table, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { RECEIVABLE, usePurchaseOrders } from './api'
import { OrderStateBadge } from './OrderStateBadge'
import { receiveOrderHref } from './paths'

/** The orders goods are awaited for (sent, confirmed, partly received), newest first. */
export function ReceivingPage() {
  const orders = usePurchaseOrders({ q: '', states: RECEIVABLE, supplierId: '', from: '', to: '', page: 0, size: 100 })
  return (
    <Stack data-testid="receiving">
      <Title order={2}>Receiving</Title>
      <Text c="dimmed" size="sm">
        Open an order when its goods arrive, scan or count what came and confirm the delivery.
      </Text>
      <QueryContent
        query={orders}
        what="Orders to receive"
        testId="receiving-list"
        isEmpty={(data) => data.items.length === 0}
        emptyText="No order awaits goods."
      >
        {(data) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Order</Table.Th>
                  <Table.Th>Supplier</Table.Th>
                  <Table.Th>Expected</Table.Th>
                  <Table.Th ta="right">Lines</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((order) => (
                  <Table.Tr key={order.id} data-testid="receiving-row" data-number={order.number}>
                    <Table.Td ff="monospace">{order.number}</Table.Td>
                    <Table.Td>{order.supplierName}</Table.Td>
                    <Table.Td>{order.expectedDate ?? '—'}</Table.Td>
                    <Table.Td ta="right">{formatQuantity(order.lineCount)}</Table.Td>
                    <Table.Td>
                      <OrderStateBadge state={order.state} />
                    </Table.Td>
                    <Table.Td>
                      <Button size="md" component={Link} to={receiveOrderHref(order.id)}>
                        Receive
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryContent>
    </Stack>
  )
}
