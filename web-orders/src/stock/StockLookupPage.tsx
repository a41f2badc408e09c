import { describeError, useBarcode, useProducts, useProductStocks, type Product } from '@elif/web-kit'
import { Alert, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { ProductAvailability } from './ProductAvailability'

const RESULTS = 10

/**
 * Stock lookup at the desk: type a name or SKU, or scan a barcode (a scanner types the code and presses
 * Enter). Enter resolves the code first; a pack's barcode highlights that pack. Otherwise: a product search.
 */
export function StockLookupPage() {
  const [input, setInput] = useState('')
  const [scanned, setScanned] = useState('')
  const [q] = useDebouncedValue(input.trim(), 300)
  const barcode = useBarcode(scanned)
  const match = scanned !== '' ? barcode.data : undefined
  const search = useProducts({ q: match ? '' : q, page: 0, size: RESULTS })

  const products: Product[] = match ? [match.product] : q ? (search.data?.items ?? []) : []
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
  } else if (!match && search.isError) {
    content = (
      <Alert color="red" data-testid="stock-lookup-error">
        {describeError(search.error)}
      </Alert>
    )
  } else if (!match && q && !search.isPending && products.length === 0) {
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
        value={input}
        onChange={(event) => {
          setInput(event.currentTarget.value)
          setScanned('')
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            setScanned(input.trim())
          }
        }}
        rightSection={search.isFetching || (scanned !== '' && barcode.isFetching) ? <Loader size="xs" /> : null}
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
