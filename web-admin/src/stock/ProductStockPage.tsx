import { QueryContent, StockPanel, useCatalogProduct } from '@elif/web-kit'
import { Anchor, Stack } from '@mantine/core'
import { Link, useParams } from 'react-router'

/** One product's stock: balances per warehouse, location and lot, adjustments, movement history. */
export function ProductStockPage() {
  const { productId = '' } = useParams()
  const product = useCatalogProduct(productId)
  return (
    <Stack>
      <Anchor component={Link} to="/stock" size="sm" data-testid="back-to-stock">
        ← Stock overview
      </Anchor>
      <QueryContent query={product} what="The product" testId="product-stock">
        {(data) => <StockPanel key={data.id} product={data} />}
      </QueryContent>
    </Stack>
  )
}
