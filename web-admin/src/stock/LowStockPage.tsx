import { QueryContent } from '@elif/web-kit'
import { useLowStock } from './api/reports'
import { Stack, Text, Title } from '@mantine/core'
import { StockItemTable } from './StockItemTable'

/** Active products out of stock or below their minimum, out of stock first. */
export function LowStockPage() {
  const low = useLowStock()
  return (
    <Stack>
      <Title order={2}>Low stock</Title>
      <Text c="dimmed" size="sm">
        Active products out of stock, or with less on hand than their minimum.
      </Text>
      <QueryContent
        query={low}
        what="Low stock"
        testId="low-stock"
        isEmpty={(data) => data.length === 0}
        emptyText="Every product is above its minimum."
      >
        {(data) => <StockItemTable items={data} rowTestId="low-stock-row" />}
      </QueryContent>
    </Stack>
  )
}
