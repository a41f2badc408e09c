import { Button, Loader, Table } from '@mantine/core'
import { BASE_UNIT_LABELS, type Product } from '../api/catalog'
import { formatMoney, formatQuantity } from '../format'

interface ProductTableProps {
  products: Product[]
  /** On-hand quantity per product id; undefined while loading or when stock could not be read. */
  onHand: ReadonlyMap<string, number> | undefined
  stockLoading: boolean
  /** When given, a row click or its "Stock" button picks the product. */
  onSelect?: (product: Product) => void
  /** The picked product, highlighted. */
  selectedId?: string | null
}

export function ProductTable({ products, onHand, stockLoading, onSelect, selectedId }: ProductTableProps) {
  const onHandCell = (productId: string) => {
    if (stockLoading) return <Loader size="xs" type="dots" />
    const quantity = onHand?.get(productId)
    return quantity === undefined ? '—' : formatQuantity(quantity)
  }

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>SKU</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th ta="right">Price</Table.Th>
            <Table.Th ta="right">On hand</Table.Th>
            {onSelect && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr
              key={product.id}
              data-testid="product-row"
              onClick={onSelect ? () => onSelect(product) : undefined}
              style={onSelect ? { cursor: 'pointer' } : undefined}
              bg={selectedId === product.id ? 'var(--mantine-primary-color-light)' : undefined}
              aria-selected={onSelect ? selectedId === product.id : undefined}
            >
              <Table.Td ff="monospace">{product.sku}</Table.Td>
              <Table.Td>{product.name}</Table.Td>
              <Table.Td>{product.categoryName}</Table.Td>
              <Table.Td>{BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit}</Table.Td>
              <Table.Td ta="right">{formatMoney(product.price)}</Table.Td>
              <Table.Td ta="right">{onHandCell(product.id)}</Table.Td>
              {onSelect && (
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant={selectedId === product.id ? 'filled' : 'light'}
                    data-testid="product-stock-button"
                    onClick={(event) => {
                      event.stopPropagation()
                      onSelect(product)
                    }}
                  >
                    Stock
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
