import {
  BASE_UNIT_LABELS,
  describeError,
  fetchBarcode,
  formatMoney,
  useCategories,
  type PriceLevel,
} from '@elif/web-kit'
import {
  Alert,
  Badge,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Tabs,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useQueries } from '@tanstack/react-query'
import { useState, type KeyboardEvent, type RefObject } from 'react'
import { productDetailQuery, useSellableProducts, type SellableProduct } from './api'

const RESULTS = 8

/** What a row of the results adds: a product by its base unit (packId null) or one of its packs. */
export interface PickedItem {
  productId: string
  packId: string | null
}

interface ResultRow extends PickedItem {
  key: string
  name: string
  sku: string
  label: string
  price: string | undefined
}

function rowsOf(product: SellableProduct, level: PriceLevel | undefined): ResultRow[] {
  const base: ResultRow = {
    key: product.id,
    productId: product.id,
    packId: null,
    name: product.name,
    sku: product.sku,
    label: BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit,
    price: level ? product.prices[level] : undefined,
  }
  const packs = [...product.packs]
    .sort((a, b) => a.unitsPerPack - b.unitsPerPack)
    .map((pack) => ({
      key: `${product.id}:${pack.id}`,
      productId: product.id,
      packId: pack.id,
      name: product.name,
      sku: product.sku,
      label: `${pack.name} (${pack.unitsPerPack})`,
      price: level ? pack.prices[level] : undefined,
    }))
  return [base, ...packs]
}

interface ProductPickerProps {
  inputRef: RefObject<HTMLInputElement | null>
  /** The customer's level: the prices shown. */
  level: PriceLevel | undefined
  onPick: (item: PickedItem) => void
  /** Keys the search box passes on when it is empty: + and - (the current line's quantity). */
  onEmptyKey: (event: KeyboardEvent<HTMLInputElement>) => void
}

/**
 * Search, category tabs and barcode scan. The search box has the focus: arrows move through the results (a product
 * by its unit and each of its packs), Enter adds the one highlighted; a scanner types a barcode and Enter, which
 * adds the product or pack that carries it at once.
 */
export function ProductPicker({ inputRef, level, onPick, onEmptyKey }: ProductPickerProps) {
  const [text, setText] = useState('')
  const [categoryId, setCategoryId] = useState('')
  const [highlighted, setHighlighted] = useState(0)
  const [scanError, setScanError] = useState<string | null>(null)
  const [q] = useDebouncedValue(text.trim(), 150)
  const categories = useCategories({ sellableOnly: true })
  const results = useSellableProducts({ q, categoryId, size: RESULTS })
  const products = q !== '' || categoryId !== '' ? (results.data?.items ?? []) : []
  const details = useQueries({ queries: products.map((product) => productDetailQuery(product.id)) })
  const rows = details.flatMap((detail) => (detail.data ? rowsOf(detail.data, level) : []))
  const current = Math.min(highlighted, Math.max(rows.length - 1, 0))

  const pick = (item: PickedItem) => {
    onPick(item)
    setText('')
    setHighlighted(0)
    setScanError(null)
  }

  /**
   * A code typed or scanned: the box is emptied at once (a scanner may be typing the next code already), then the
   * product or pack that carries it is added; when none does, what was typed comes back, to search with.
   */
  const scan = async (code: string, rowForText: ResultRow | undefined) => {
    setText('')
    setScanError(null)
    try {
      const match = await fetchBarcode(code)
      if (match) return pick({ productId: match.productId, packId: match.packId })
      if (rowForText) return pick(rowForText)
      setText((now) => (now === '' ? code : now))
      setScanError(`No product or pack carries the barcode ${code}.`)
    } catch (error) {
      setText((now) => (now === '' ? code : now))
      setScanError(describeError(error))
    }
  }

  /** Alt+← and Alt+→ go through the category tabs. */
  const moveCategory = (by: 1 | -1) => {
    const ids = ['', ...(categories.data ?? []).map((category) => category.id)]
    const next = (ids.indexOf(categoryId) + by + ids.length) % ids.length
    setCategoryId(ids[next] ?? '')
    setHighlighted(0)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return // the page's: complete
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault()
      moveCategory(event.key === 'ArrowRight' ? 1 : -1)
      return
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const by = event.key === 'ArrowDown' ? 1 : -1
      setHighlighted(Math.min(Math.max(current + by, 0), Math.max(rows.length - 1, 0)))
      return
    }
    if (event.key === 'Escape') {
      setText('')
      return
    }
    if (event.key === 'Enter') {
      event.preventDefault()
      const typed = event.currentTarget.value.trim()
      const row = typed === q ? rows[current] : undefined
      if (/^\d{4,}$/.test(typed)) void scan(typed, row)
      else if (row) pick(row)
      return
    }
    if (event.currentTarget.value === '') onEmptyKey(event)
  }

  const searching = q !== '' || categoryId !== ''
  return (
    <Stack gap="sm">
      <TextInput
        ref={inputRef}
        data-testid="counter-search"
        aria-label="Scan a barcode, or search by name or SKU"
        placeholder="Scan, or type a name or SKU (↑↓ Enter to add, Alt+←→ categories)"
        size="lg"
        autoFocus
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
          setHighlighted(0)
          setScanError(null)
        }}
        onKeyDown={onKeyDown}
        rightSection={results.isFetching ? <Loader size="xs" /> : null}
      />
      <Tabs
        value={categoryId || 'all'}
        onChange={(value) => {
          setCategoryId(!value || value === 'all' ? '' : value)
          setHighlighted(0)
          inputRef.current?.focus()
        }}
        variant="pills"
        keepMounted
      >
        <Tabs.List data-testid="category-tabs">
          <Tabs.Tab value="all">All</Tabs.Tab>
          {(categories.data ?? []).map((category) => (
            <Tabs.Tab key={category.id} value={category.id}>
              {category.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* each tab controls a panel (ARIA's tabs pattern): the shown one holds the results, the others stay empty */}
        {['all', ...(categories.data ?? []).map((category) => category.id)].map((value) => (
          <Tabs.Panel key={value} value={value} pt="xs">
            {value === (categoryId || 'all') && (
              <Stack gap="xs">
                {scanError && (
                  <Alert color="yellow" data-testid="scan-error">
                    {scanError}
                  </Alert>
                )}
                {results.isError && <Alert color="red">{describeError(results.error)}</Alert>}
                <ScrollArea.Autosize mah={480}>
                  <Stack gap={4} data-testid="counter-results" role="listbox" aria-label="Products">
                    {rows.map((row, index) => (
                      <UnstyledButton
                        key={row.key}
                        role="option"
                        aria-selected={index === current}
                        data-testid="counter-result"
                        data-product-id={row.productId}
                        data-pack-id={row.packId ?? ''}
                        onClick={() => {
                          pick(row)
                          inputRef.current?.focus()
                        }}
                      >
                        <Paper
                          withBorder
                          px="md"
                          py="sm"
                          bg={index === current ? 'var(--mantine-primary-color-light)' : undefined}
                        >
                          <Group justify="space-between" wrap="nowrap">
                            <div>
                              <Text fw={600}>{row.name}</Text>
                              <Text size="sm" c="dimmed">
                                <Text span ff="monospace" size="sm">
                                  {row.sku}
                                </Text>{' '}
                                · {row.label}
                              </Text>
                            </div>
                            {row.price ? (
                              <Text fw={600}>{formatMoney(row.price)}</Text>
                            ) : (
                              <Badge color="gray" variant="light">
                                no price
                              </Badge>
                            )}
                          </Group>
                        </Paper>
                      </UnstyledButton>
                    ))}
                    {searching && !results.isPending && rows.length === 0 && products.length === 0 && (
                      <Text c="dimmed" data-testid="counter-no-results">
                        No product sold at the desk matches.
                      </Text>
                    )}
                  </Stack>
                </ScrollArea.Autosize>
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
