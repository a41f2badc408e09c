import { useProducts, type Product } from '@elif/web-kit'
import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'

const RESULTS = 20

export const productLabel = (product: Pick<Product, 'sku' | 'name'>) => `${product.sku} · ${product.name}`

interface ProductPickerProps {
  label: string
  /** The product picked; none when null or absent. */
  value?: Product | null
  onChange: (product: Product | null) => void
  error?: string
  withAsterisk?: boolean
}

/**
 * Picks a product by typing part of its name or SKU, or a barcode; the server searches. A form input:
 * `<ProductPicker label="Product" {...form.getInputProps('product')} />`.
 */
export function ProductPicker({ label, value = null, onChange, error, ...rest }: ProductPickerProps) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 250)
  // Once a product is picked the search box shows its label: do not search for that.
  const searching = value !== null && search === productLabel(value) ? '' : q
  const products = useProducts({ q: searching, page: 0, size: RESULTS })
  const found = products.data?.items ?? []
  const choices = value && !found.some((product) => product.id === value.id) ? [value, ...found] : found

  return (
    <Select
      label={label}
      placeholder="Name, SKU or barcode"
      miw={320}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered by name, SKU and barcode already.
      filter={({ options }) => options}
      data={choices.map((product) => ({ value: product.id, label: productLabel(product) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(choices.find((product) => product.id === id) ?? null)}
      nothingFoundMessage={products.isFetching ? 'Searching…' : 'No product found'}
      error={error}
      data-testid="product-picker"
      {...rest}
    />
  )
}
