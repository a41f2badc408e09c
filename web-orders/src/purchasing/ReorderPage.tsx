import { describeError, formatMoney, formatQuantity, QueryContent } from '@elif/web-kit'
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { Link, useNavigate } from 'react-router'
import { useOrderSuggestions, useReorderSuggestions, type Suggestion } from './api'
import { purchaseOrderHref } from './paths'
import { packText } from './PurchaseOrderPage'

function SupplierSuggestions({ suggestion }: { suggestion: Suggestion }) {
  const navigate = useNavigate()
  const order = useOrderSuggestions()
  return (
    <Paper withBorder p="md" data-testid="reorder-supplier" data-code={suggestion.supplierCode}>
      <Group justify="space-between" mb="sm">
        <Title order={3}>
          {suggestion.supplierName}{' '}
          <Text span ff="monospace" c="dimmed">
            {suggestion.supplierCode}
          </Text>
        </Title>
        <Button
          loading={order.isPending}
          onClick={() =>
            order.mutate(suggestion.supplierId, {
              onSuccess: (created) => void navigate(purchaseOrderHref(created.id)),
            })
          }
          data-testid="reorder-order"
        >
          Create draft order
        </Button>
      </Group>
      {order.isError && (
        <Alert color="red" mb="sm" data-testid="reorder-error">
          {describeError(order.error)}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SKU</Table.Th>
              <Table.Th ta="right">On hand</Table.Th>
              <Table.Th ta="right">Minimum</Table.Th>
              <Table.Th ta="right">Maximum</Table.Th>
              <Table.Th ta="right">On order</Table.Th>
              <Table.Th ta="right">Short by</Table.Th>
              <Table.Th ta="right">To order</Table.Th>
              <Table.Th ta="right">Cost per pack</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {suggestion.lines.map((line) => (
              <Table.Tr key={`${line.productId}-${line.packId ?? ''}`} data-testid="reorder-line" data-sku={line.sku}>
                <Table.Td ff="monospace">{line.sku}</Table.Td>
                <Table.Td ta="right">{formatQuantity(line.onHand)}</Table.Td>
                <Table.Td ta="right">{formatQuantity(line.minimumStock)}</Table.Td>
                <Table.Td ta="right">{line.maximumStock === null ? '—' : formatQuantity(line.maximumStock)}</Table.Td>
                <Table.Td ta="right">{formatQuantity(line.onOrder)}</Table.Td>
                <Table.Td ta="right">{formatQuantity(line.shortfall)}</Table.Td>
                <Table.Td ta="right" data-testid="reorder-line-packs">
                  {line.packs} × {packText(line.unitsPerPack)}
                </Table.Td>
                <Table.Td ta="right">{line.unitCost === null ? '—' : formatMoney(line.unitCost)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}

/**
 * What to reorder, per preferred supplier: products below their minimum, up to their maximum, net of what open orders
 * bring, rounded up to the supplier's minimum and multiple. One click makes a supplier's draft order.
 */
export function ReorderPage() {
  const suggestions = useReorderSuggestions()
  return (
    <Stack data-testid="reorder">
      <Anchor component={Link} to="/purchase-orders" size="sm">
        ← Purchase orders
      </Anchor>
      <Title order={2}>Reorder suggestions</Title>
      <QueryContent
        query={suggestions}
        what="Reorder suggestions"
        testId="reorder-list"
        isEmpty={(data) => data.length === 0}
        emptyText="Nothing to reorder: every product with a preferred supplier is at or above its minimum, or on order."
      >
        {(data) =>
          data.map((suggestion) => <SupplierSuggestions key={suggestion.supplierId} suggestion={suggestion} />)
        }
      </QueryContent>
    </Stack>
  )
}
