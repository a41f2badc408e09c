import { Alert, CloseButton, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import type { Product } from '../api/catalog'
import { describeError } from '../api/http'
import { useStockLevel } from '../api/inventory'
import { formatQuantity } from '../format'
import { AdjustmentForm } from './AdjustmentForm'
import { BalanceTable } from './BalanceTable'
import { MovementTable } from './MovementTable'

interface StockPanelProps {
  product: Pick<Product, 'id' | 'name' | 'sku'>
  /** When given, a close button calls it. */
  onClose?: () => void
}

/** The picked product: its stock level, balances per location and lot, an adjustment form and its movements. */
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
          {!!level.data?.inTransit && (
            <Text size="lg" data-testid="stock-in-transit">
              · In transit <b>{formatQuantity(level.data.inTransit)}</b>
            </Text>
          )}
        </Group>
        {level.data === null && (
          <Text size="sm" c="dimmed" data-testid="stock-no-record">
            No stock has been booked for this product yet.
          </Text>
        )}
        {level.data?.balances && <BalanceTable balances={level.data.balances} />}
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
          {onClose && <CloseButton aria-label="Close stock panel" onClick={onClose} />}
        </Group>
        {levelContent}
        <AdjustmentForm productId={product.id} />
        <MovementTable productId={product.id} />
      </Stack>
    </Paper>
  )
}
