import {
  BASE_UNIT_LABELS,
  QueryContent,
  useBarcode,
  useSearchBox,
  useUrlFilters,
  type BarcodeMatch,
  type ProductSummary,
  ListFooter,
} from '@elif/web-kit'
import { Alert, Anchor, Badge, Group, Loader, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core'
import { Link, useNavigate } from 'react-router'
import { useCategories, useProductList, type ProductFilter, type ProductSort } from '../api'
import { useMoney } from '../shared/Money'
import { categoryOptions } from './options'

const PAGE_SIZE = 20

const SORT_OPTIONS: { value: ProductSort; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'sku', label: 'SKU' },
  { value: 'createdAt', label: 'Newest' },
]

const STATUS_OPTIONS = [
  { value: '', label: 'Active and inactive' },
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
]

export const productHref = (id: string) => `/products/${id}`

type Filters = Omit<ProductFilter, 'page' | 'size'> & {
  /** The code last entered with Enter (a scanner's): what it belongs to shows while the search box holds it. */
  barcode: string
}

const NO_FILTER: Record<keyof Filters, string> = {
  q: '',
  barcode: '',
  categoryId: '',
  active: '',
  sort: 'name',
  direction: 'asc',
}

function ScannedBarcode({ match }: { match: BarcodeMatch }) {
  return (
    <Alert color="blue" data-testid="barcode-match">
      Barcode {match.barcode}:{' '}
      <Anchor component={Link} to={productHref(match.productId)}>
        {match.product.name}
      </Anchor>
      {match.packId ? ` — pack of ${match.unitsPerPack}` : ' — single unit'}
    </Alert>
  )
}

function ProductRows({ products }: { products: ProductSummary[] }) {
  const money = useMoney()
  const navigate = useNavigate()
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>SKU</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th ta="right">Price (level 1)</Table.Th>
            <Table.Th ta="right">Tax</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr
              key={product.id}
              data-testid="product-row"
              data-sku={product.sku}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(productHref(product.id))}
            >
              <Table.Td ff="monospace">{product.sku}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={productHref(product.id)} onClick={(event) => event.stopPropagation()}>
                  {product.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{product.categoryName}</Table.Td>
              <Table.Td>{BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit}</Table.Td>
              <Table.Td ta="right">{money(product.price)}</Table.Td>
              <Table.Td ta="right">{product.taxRate === undefined ? '—' : `${product.taxRate} %`}</Table.Td>
              <Table.Td>
                <Badge size="sm" color={product.active ? 'green' : 'gray'} data-testid="product-row-status">
                  {product.active ? 'active' : 'inactive'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/**
 * Products by name, SKU or barcode. A barcode scanner types the code and presses Enter: Enter searches at
 * once (no debounce) and names what the code is (the product or one of its packs).
 */
export function ProductCatalogList() {
  // Search, filters, sorting and page are in the URL; other filters start again at the first page.
  const url = useUrlFilters(NO_FILTER)
  const filters = url.filters as Filters
  const { q, barcode, ...criteria } = filters
  const { page, setPage } = url
  const search = useSearchBox(q, (text) => url.setFilters({ q: text, barcode: '' }), {
    onEnter: (code) => url.setFilters({ q: code, barcode: code }),
  })
  const scanned = useBarcode(barcode !== '' && barcode === search.value.trim() ? barcode : '')

  const categories = useCategories()
  const products = useProductList({ q, ...criteria, page, size: PAGE_SIZE })
  const setCriterion = <K extends keyof Filters>(key: K, value: Filters[K]) => url.setFilters({ [key]: value })

  return (
    <Stack>
      <Title order={2}>Products</Title>
      <Group align="flex-end" grow preventGrowOverflow={false}>
        <TextInput
          data-testid="product-search"
          label="Search"
          placeholder="Name, SKU or scan a barcode"
          {...search}
          rightSection={products.isFetching && !products.isPending ? <Loader size="xs" /> : null}
          miw={220}
        />
        <NativeSelect
          label="Category"
          data-testid="product-filter-category"
          data={categoryOptions(categories.data, 'All categories')}
          value={filters.categoryId}
          onChange={(event) => setCriterion('categoryId', event.currentTarget.value)}
        />
        <NativeSelect
          label="Status"
          data-testid="product-filter-active"
          data={STATUS_OPTIONS}
          value={filters.active}
          onChange={(event) => setCriterion('active', event.currentTarget.value as Filters['active'])}
        />
        <NativeSelect
          label="Sort by"
          data-testid="product-sort"
          data={SORT_OPTIONS}
          value={filters.sort}
          onChange={(event) => setCriterion('sort', event.currentTarget.value as ProductSort)}
        />
        <NativeSelect
          label="Order"
          data-testid="product-direction"
          data={[
            { value: 'asc', label: 'Ascending' },
            { value: 'desc', label: 'Descending' },
          ]}
          value={filters.direction}
          onChange={(event) => setCriterion('direction', event.currentTarget.value as Filters['direction'])}
        />
      </Group>
      {scanned.data && <ScannedBarcode match={scanned.data} />}
      <QueryContent
        query={products}
        what="Products"
        testId="products"
        isEmpty={(data) => data.items.length === 0}
        emptyText={q ? `No product matches “${q}”.` : 'No products.'}
      >
        {(data) => (
          <>
            <ProductRows products={data.items} />
            <ListFooter
              data={data}
              counts={['product', 'products']}
              page={page}
              onPage={setPage}
              testId="products-total"
            />
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
