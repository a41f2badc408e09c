import { Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { Product } from '../api/catalog'
import { ProductList } from '../products/ProductList'
import { StockPanel } from './StockPanel'

/**
 * Stock of one product at a time: search the products, pick one (row or its "Stock" button), see its
 * level and movement history, and book an adjustment with a reason.
 */
export function StockPage() {
  const [selected, setSelected] = useState<Product | null>(null)

  return (
    <Stack>
      <Title order={2}>Stock</Title>
      {selected ? (
        <StockPanel key={selected.id} product={selected} onClose={() => setSelected(null)} />
      ) : (
        <Text c="dimmed" data-testid="stock-hint">
          Pick a product to see its stock, its movements and to book an adjustment.
        </Text>
      )}
      <ProductList onSelect={setSelected} selectedId={selected?.id ?? null} />
    </Stack>
  )
}
