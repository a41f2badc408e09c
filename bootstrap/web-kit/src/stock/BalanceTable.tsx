import { Badge, Table, Text } from '@mantine/core'
import type { StockBalance } from '../api/inventory'
import { formatQuantity } from '../format'

/** A product's stock per warehouse, location and lot, with best-before dates; expired lots are marked. */
export function BalanceTable({ balances }: { balances: readonly StockBalance[] }) {
  if (balances.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="balances-empty">
        No stock at any location.
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="balances-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Warehouse</Table.Th>
            <Table.Th>Location</Table.Th>
            <Table.Th>Lot</Table.Th>
            <Table.Th>Best before</Table.Th>
            <Table.Th ta="right">On hand</Table.Th>
            <Table.Th ta="right">Reserved</Table.Th>
            <Table.Th ta="right">Available</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {balances.map((balance) => (
            <Table.Tr
              key={`${balance.locationId}/${balance.lot}`}
              data-testid="balance-row"
              data-expired={balance.expired}
              bg={balance.expired ? 'var(--mantine-color-red-light)' : undefined}
            >
              <Table.Td>{balance.warehouseCode}</Table.Td>
              <Table.Td>{balance.locationCode}</Table.Td>
              <Table.Td ff="monospace">{balance.lot || '—'}</Table.Td>
              <Table.Td>
                {balance.bestBefore ?? '—'}{' '}
                {balance.expired && (
                  <Badge color="red" size="sm" data-testid="expired-badge">
                    Expired
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatQuantity(balance.onHand)}</Table.Td>
              <Table.Td ta="right">{formatQuantity(balance.reserved)}</Table.Td>
              <Table.Td ta="right">{formatQuantity(balance.available)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
