import { QueryContent, useSearchBox, useUrlFilters, ListFooter } from '@elif/web-kit'
import {
  STOCK_STATUS_LABELS,
  useStockOverview,
  type StockOverviewSearch,
  type StockOverviewSort,
  type StockStatus,
} from './api/reports'
import { Group, Loader, NativeSelect, Stack, Table, TextInput, Title, UnstyledButton } from '@mantine/core'
import { useCategories } from '../catalog/api'
import { StockItemTable } from './StockItemTable'
import { WarehouseFilter } from './WarehouseFilter'

const PAGE_SIZE = 25

type Filters = Omit<StockOverviewSearch, 'page' | 'size'>

const NO_FILTER = {
  q: '',
  warehouseId: '',
  categoryId: '',
  status: 'ALL',
  active: 'true',
  sort: 'name',
  direction: 'asc',
} satisfies Filters

const STATUS_OPTIONS = [
  { value: 'ALL', label: 'All' },
  ...(['OK', 'LOW', 'OUT'] as StockStatus[]).map((status) => ({ value: status, label: STOCK_STATUS_LABELS[status] })),
]

const ACTIVE_OPTIONS = [
  { value: 'true', label: 'Active products' },
  { value: 'false', label: 'Inactive products' },
  { value: '', label: 'Active and inactive' },
]

/** Every product's stock, filtered (search, warehouse, category, status, active) and sorted, a page at a time. */
export function StockOverviewPage() {
  // Filters, sorting and page are in the URL; other filters start again at the first page. Values come from
  // the URL as text: one the server does not know shows its refusal.
  const url = useUrlFilters<Record<keyof Filters, string>>(NO_FILTER)
  const filters = url.filters as Filters
  const { page, setPage } = url
  const overview = useStockOverview({ ...filters, page, size: PAGE_SIZE })
  const categories = useCategories()
  const search = useSearchBox(filters.q, (q) => url.setFilters({ q }))

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => url.setFilters({ [key]: value })

  const sortHeader = (column: StockOverviewSort, label: string) => {
    const sorted = filters.sort === column
    const arrow = sorted ? (filters.direction === 'asc' ? ' ▲' : ' ▼') : ''
    return (
      <Table.Th
        key={column}
        ta={column === 'onHand' || column === 'available' ? 'right' : undefined}
        aria-sort={sorted ? (filters.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <UnstyledButton
          fw={700}
          fz="sm"
          data-testid={`sort-${column}`}
          onClick={() =>
            url.setFilters({
              sort: column,
              direction: filters.sort === column && filters.direction === 'asc' ? 'desc' : 'asc',
            })
          }
        >
          {label}
          {arrow}
        </UnstyledButton>
      </Table.Th>
    )
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Stock</Title>
        {overview.isFetching && !overview.isPending && <Loader size="xs" />}
      </Group>
      <Group align="flex-end" data-testid="stock-filters">
        <TextInput label="Search" placeholder="Name, SKU or barcode" data-testid="stock-search" {...search} />
        <WarehouseFilter value={filters.warehouseId} onChange={(warehouseId) => set('warehouseId', warehouseId)} />
        <NativeSelect
          label="Category"
          value={filters.categoryId}
          onChange={(event) => set('categoryId', event.currentTarget.value)}
          data={[
            { value: '', label: 'All categories' },
            ...(categories.data ?? []).map((category) => ({ value: category.id, label: category.name })),
          ]}
        />
        <NativeSelect
          label="Status"
          value={filters.status}
          onChange={(event) => set('status', event.currentTarget.value as Filters['status'])}
          data={STATUS_OPTIONS}
        />
        <NativeSelect
          label="Products"
          value={filters.active}
          onChange={(event) => set('active', event.currentTarget.value as Filters['active'])}
          data={ACTIVE_OPTIONS}
        />
      </Group>
      <QueryContent
        query={overview}
        what="Stock"
        testId="stock-overview"
        isEmpty={(data) => data.items.length === 0}
        emptyText="No product matches these filters."
      >
        {(data) => (
          <>
            <StockItemTable items={data.items} rowTestId="stock-row" header={sortHeader} />
            <ListFooter data={data} counts={['product', 'products']} page={page} onPage={setPage} />
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
