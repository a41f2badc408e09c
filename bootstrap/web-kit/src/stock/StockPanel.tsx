import { Alert, CloseButton, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import type { Product } from '../api/catalog'
import { describeError } from '../api/http'
import { useStockLevel } from '../api/inventory'
import { formatQuantity } from '../format'
import { AdjustmentForm } from './AdjustmentForm'
import { MovementTable } from './MovementTable'

interface StockPanelProps {
  product: Product
  onClose: () => void
}

/** The picked product: its stock level, an adjustment form and its movement history. */
export function StockPanel({ product, onClose }: StockPanelProps) {
  const level = useStockLevel(product.id)

  let levelContent
  if (level.isPending) {
    levelContent = <Loader size="sm" data-testid="stock-level-loading" />
  } else if (level.isError) {
    levelContent = (
      <Alert color="red" title="Stock level could not be loaded" data-testid="stock-level-error">
        {describeError(level.error)}
      </Alert>
    )
  } else {
    const stock = level.data ?? { onHand: 0, reserved: 0, available: 0 }
    levelContent = (
      <Stack gap={4}>
        <Group gap="xl" data-testid="stock-level">
          <Text size="lg">
            On hand <b>{formatQuantity(stock.onHand)}</b>
          </Text>
          <Text size="lg">
            · Reserved <b>{formatQuantity(stock.reserved)}</b>
          </Text>
          <Text size="lg">
            · Available <b>{formatQuantity(stock.available)}</b>
          </Text>
        </Group>
        {level.data === null && (
          <Text size="sm" c="dimmed" data-testid="stock-no-record">
            No stock has been booked for this product yet.
          </Text>
        )}
      </Stack>
    )
  }

  return (
    <Paper withBorder p="md" data-testid="stock-panel" data-product-id={product.id}>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>{product.name}</Title>
            <Text size="sm" c="dimmed" ff="monospace">
              {product.sku}
            </Text>
          </div>
          <CloseButton aria-label="Close stock panel" onClick={onClose} />
        </Group>
        {levelContent}
        <AdjustmentForm productId={product.id} />
        <MovementTable productId={product.id} />
      </Stack>
    </Paper>
  )
}
