import { Alert, Loader, Stack, TextInput } from '@mantine/core'
import { useProducts, type Product } from '../api/catalog'
import { describeError } from '../api/http'
import { useStockLevels } from '../api/inventory'
import { ListFooter } from '../list/ListFooter'
import { QueryContent } from '../layout/QueryContent'
import { useSearchBox, useUrlFilters } from '../list/urlFilters'
import { ProductTable } from './ProductTable'

const PAGE_SIZE = 20

interface ProductListProps {
  /** When given, each product can be picked (row click or its "Stock" button). */
  onSelect?: (product: Product) => void
  selectedId?: string | null
}

/** Searchable, paginated list of the tenant's products with their stock on hand. */
export function ProductList({ onSelect, selectedId }: ProductListProps = {}) {
  // The search and the page are in the URL (?q=...&page=...); a new search starts again at the first page.
  const { filters, page, setFilters, setPage } = useUrlFilters({ q: '' })
  const { q } = filters
  const search = useSearchBox(q, (text) => setFilters({ q: text }))

  const products = useProducts({ q, page, size: PAGE_SIZE })
  const items = products.data?.items ?? []
  const stock = useStockLevels(items.map((product) => product.id))

  return (
    <Stack>
      <TextInput
        data-testid="product-search"
        aria-label="Search products"
        placeholder="Search by SKU or name"
        {...search}
        rightSection={products.isFetching && !products.isPending ? <Loader size="xs" /> : null}
      />
      <QueryContent
        query={products}
        what="Products"
        testId="products"
        isEmpty={(data) => data.items.length === 0}
        emptyText={q ? `No product matches “${q}”.` : 'No products yet.'}
      >
        {(data) => (
          <>
            {stock.isError && (
              <Alert color="yellow" title="Stock levels could not be loaded">
                {describeError(stock.error)}
              </Alert>
            )}
            <ProductTable
              products={data.items}
              onHand={stock.data}
              stockLoading={stock.isPending}
              onSelect={onSelect}
              selectedId={selectedId}
            />
            <ListFooter data={data} counts={['product', 'products']} page={page} onPage={setPage} />
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
