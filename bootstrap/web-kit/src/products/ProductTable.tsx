import { Loader, Table } from '@mantine/core'
import { BASE_UNIT_LABELS, type Product } from '../api/catalog'
import { formatMoney, formatQuantity } from '../format'

interface ProductTableProps {
  products: Product[]
  /** On-hand quantity per product id; undefined while loading or when stock could not be read. */
  onHand: ReadonlyMap<string, number> | undefined
  stockLoading: boolean
}

export function ProductTable({ products, onHand, stockLoading }: ProductTableProps) {
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
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id} data-testid="product-row">
              <Table.Td ff="monospace">{product.sku}</Table.Td>
              <Table.Td>{product.name}</Table.Td>
              <Table.Td>{product.categoryName}</Table.Td>
              <Table.Td>{BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit}</Table.Td>
              <Table.Td ta="right">{formatMoney(product.price)}</Table.Td>
              <Table.Td ta="right">{onHandCell(product.id)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
