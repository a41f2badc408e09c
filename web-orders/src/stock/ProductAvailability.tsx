import {
  BASE_UNIT_LABELS,
  describeError,
  formatQuantity,
  useCatalogProduct,
  type Product,
  type ProductPack,
  type ProductStock,
} from '@elif/web-kit'
import { Alert, Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { splitIntoPacks, unitWord } from './packs'

interface ProductAvailabilityProps {
  product: Pick<Product, 'id' | 'sku' | 'name' | 'baseUnit'>
  stock: ProductStock | undefined
  stockLoading: boolean
  /** The pack whose barcode was scanned: its column is highlighted. */
  highlightedPackId?: string | null
}

interface AvailabilityRow {
  key: string
  label: string
  available: number
}

function PackCell({
  available,
  pack,
  unitLabel,
  highlighted,
}: {
  available: number
  pack: ProductPack
  unitLabel: string
  highlighted: boolean
}) {
  const { packs, rest } = splitIntoPacks(available, pack.unitsPerPack)
  return (
    <Table.Td
      ta="right"
      data-testid="pack-availability"
      data-pack-id={pack.id}
      data-highlighted={highlighted}
      bg={highlighted ? 'var(--mantine-primary-color-light)' : undefined}
    >
      <b>{formatQuantity(packs)}</b>
      {rest > 0 && (
        <Text span size="sm" c="dimmed">
          {' '}
          + {formatQuantity(rest)} {unitWord(unitLabel, rest)}
        </Text>
      )}
    </Table.Td>
  )
}

/** One product's available stock per warehouse, in base units and in each of its packs. */
export function ProductAvailability({ product, stock, stockLoading, highlightedPackId }: ProductAvailabilityProps) {
  const detail = useCatalogProduct(product.id)
  const packs = [...(detail.data?.packs ?? [])].sort((a, b) => b.unitsPerPack - a.unitsPerPack)
  const unitLabel = BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit
  const rows: AvailabilityRow[] = [
    ...(stock?.warehouses ?? []).map((warehouse) => ({
      key: warehouse.warehouseId,
      label: warehouse.warehouseCode,
      available: warehouse.available,
    })),
    { key: 'all', label: 'All warehouses', available: stock?.available ?? 0 },
  ]

  return (
    <Paper withBorder p="md" data-testid="stock-lookup-result" data-product-id={product.id}>
      <Stack gap="xs">
        <Group justify="space-between">
          <div>
            <Title order={4}>{product.name}</Title>
            <Text size="sm" c="dimmed" ff="monospace">
              {product.sku}
            </Text>
          </div>
          {highlightedPackId && packs.some((pack) => pack.id === highlightedPackId) && (
            <Badge data-testid="scanned-pack">
              Scanned: {packs.find((pack) => pack.id === highlightedPackId)?.name}
            </Badge>
          )}
        </Group>
        {detail.isError && (
          <Alert color="yellow" title="Packs could not be loaded">
            {describeError(detail.error)}
          </Alert>
        )}
        {stockLoading || detail.isPending ? (
          <Loader size="sm" />
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Available in</Table.Th>
                  <Table.Th ta="right">{unitLabel}s</Table.Th>
                  {packs.map((pack) => (
                    <Table.Th
                      key={pack.id}
                      ta="right"
                      bg={pack.id === highlightedPackId ? 'var(--mantine-primary-color-light)' : undefined}
                    >
                      {pack.name} ({pack.unitsPerPack})
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key} data-testid="availability-row" data-warehouse={row.label}>
                    <Table.Td fw={row.key === 'all' ? 700 : undefined}>{row.label}</Table.Td>
                    <Table.Td ta="right" data-testid="unit-availability">
                      {formatQuantity(row.available)}
                    </Table.Td>
                    {packs.map((pack) => (
                      <PackCell
                        key={pack.id}
                        available={row.available}
                        pack={pack}
                        unitLabel={unitLabel}
                        highlighted={pack.id === highlightedPackId}
                      />
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  )
}
