import {
  describeError,
  useBarcode,
  useProducts,
  useProductStocks,
  useSearchBox,
  useUrlFilters,
  type Product,
} from '@elif/web-kit'
import { Alert, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { ProductAvailability } from './ProductAvailability'

const RESULTS = 10

/**
 * Stock lookup at the desk: type a name or SKU, or scan a barcode (a scanner types the code and presses
 * Enter). Enter resolves the code first; a pack's barcode highlights that pack. Otherwise: a product search.
 * What is looked up is in the URL (`?q=`, and `&barcode=` for a code entered), so a reload shows it again.
 */
export function StockLookupPage() {
  const { filters, setFilters } = useUrlFilters({ q: '', barcode: '' })
  const { q } = filters
  const search = useSearchBox(q, (text) => setFilters({ q: text, barcode: '' }), {
    onEnter: (code) => setFilters({ q: code, barcode: code }),
  })
  // The code entered counts until the search box says something else.
  const scanned = filters.barcode !== '' && filters.barcode === search.value.trim() ? filters.barcode : ''
  const barcode = useBarcode(scanned)
  const match = scanned !== '' ? barcode.data : undefined
  const results = useProducts({ q: match ? '' : q, page: 0, size: RESULTS })

  const products: Product[] = match ? [match.product] : q ? (results.data?.items ?? []) : []
  const stock = useProductStocks(products.map((product) => product.id))

  let content
  if (scanned !== '' && barcode.isPending) {
    content = <Loader size="sm" data-testid="stock-lookup-loading" />
  } else if (barcode.isError) {
    content = (
      <Alert color="red" data-testid="stock-lookup-error">
        {describeError(barcode.error)}
      </Alert>
    )
  } else if (!match && results.isError) {
    content = (
      <Alert color="red" data-testid="stock-lookup-error">
        {describeError(results.error)}
      </Alert>
    )
  } else if (!match && q && !results.isPending && products.length === 0) {
    content = (
      <Text c="dimmed" data-testid="stock-lookup-empty">
        No product matches “{q}”.
      </Text>
    )
  } else {
    content = products.map((product) => (
      <ProductAvailability
        key={product.id}
        product={product}
        stock={stock.data?.get(product.id)}
        stockLoading={stock.isPending}
        highlightedPackId={match?.packId}
      />
    ))
  }

  return (
    <Stack>
      <Title order={2}>Stock lookup</Title>
      <TextInput
        data-testid="stock-lookup-input"
        aria-label="Scan a barcode, or search by name or SKU"
        placeholder="Scan a barcode, or type a name or SKU"
        autoFocus
        {...search}
        rightSection={results.isFetching || (scanned !== '' && barcode.isFetching) ? <Loader size="xs" /> : null}
      />
      {scanned !== '' && match === null && (
        <Text size="sm" c="dimmed" data-testid="barcode-unknown">
          No product or pack carries the barcode {scanned}: search results instead.
        </Text>
      )}
      {content}
    </Stack>
  )
}
