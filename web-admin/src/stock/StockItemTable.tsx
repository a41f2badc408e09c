import { formatQuantity } from '@elif/web-kit'
import { type StockOverviewItem } from './api/reports'
import { Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { productStockHref } from './paths'
import { StockStatusBadge } from './StockStatusBadge'

interface StockItemTableProps {
  items: readonly StockOverviewItem[]
  /** data-testid of each row. */
  rowTestId: string
  /** Optional header cells in place of the plain ones (the overview's sortable headers). */
  header?: (column: 'sku' | 'name' | 'onHand' | 'available', label: string) => ReactNode
}

/** Products with their stock figures and status; a row opens the product's stock. */
export function StockItemTable({ items, rowTestId, header }: StockItemTableProps) {
  const navigate = useNavigate()
  const th = (column: 'sku' | 'name' | 'onHand' | 'available', label: string, right = false) =>
    header ? header(column, label) : <Table.Th ta={right ? 'right' : undefined}>{label}</Table.Th>
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {th('sku', 'SKU')}
            {th('name', 'Name')}
            {th('onHand', 'On hand', true)}
            <Table.Th ta="right">Reserved</Table.Th>
            {th('available', 'Available', true)}
            <Table.Th ta="right">Minimum</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr
              key={item.productId}
              data-testid={rowTestId}
              data-product-id={item.productId}
              data-status={item.status}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate(productStockHref(item.productId))}
            >
              <Table.Td ff="monospace">{item.sku}</Table.Td>
              <Table.Td>
                {item.name}
                {!item.active && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    (inactive)
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatQuantity(item.onHand)}</Table.Td>
              <Table.Td ta="right">{formatQuantity(item.reserved)}</Table.Td>
              <Table.Td ta="right">{formatQuantity(item.available)}</Table.Td>
              <Table.Td ta="right">{formatQuantity(item.minimumStock)}</Table.Td>
              <Table.Td>
                <StockStatusBadge status={item.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
