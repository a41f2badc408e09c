import { api, type Received, type ResponseOf, stockKeys, type With, type ResultPage } from '@elif/web-kit'
import { keepPreviousData, useQuery } from '@tanstack/react-query'

// Stock across products: the overview with filters, low stock, near expiry, stock value and the books check.

type OverviewBody = Received<ResponseOf<'/api/inventory/stock/overview', 'get'>>

/** One product's row of the overview (and of the low-stock list). */
export type StockOverviewItem = With<OverviewBody['items'][number], { maximumStock: number | null }>

export type StockStatus = StockOverviewItem['status']

export const STOCK_STATUS_LABELS: Record<StockStatus, string> = { OK: 'OK', LOW: 'Low', OUT: 'Out of stock' }

export type StockOverviewSort = 'name' | 'sku' | 'onHand' | 'available'

export interface StockOverviewSearch {
  q: string
  warehouseId: string
  categoryId: string
  status: StockStatus | 'ALL'
  /** "" for active and inactive products. */
  active: '' | 'true' | 'false'
  sort: StockOverviewSort
  direction: 'asc' | 'desc'
  /** 0-based */
  page: number
  size: number
}

export type NearExpiryLot = Received<ResponseOf<'/api/inventory/stock/near-expiry', 'get'>[number]>

/** Stock value at cost and at retail, exact decimal amounts ("125000.00"), in total and per warehouse. */
export type StockValue = Received<ResponseOf<'/api/inventory/stock/value', 'get'>>

export type WarehouseValue = StockValue['warehouses'][number]

/**
 * Books that disagree. With a `locationId`: a balance (product, location, lot) whose on hand differs from the sum of
 * its ledger movements, or whose reserved quantity differs from its open reservations. Without (null, lot ""): a
 * product whose total on hand differs from the sum of its balances (reserved figures are 0 then).
 */
export type LedgerDiscrepancy = Received<
  NonNullable<ResponseOf<'/api/inventory/stock/consistency', 'get'>['discrepancies']>[number],
  'locationId'
>

export type ConsistencyReport = With<
  Received<ResponseOf<'/api/inventory/stock/consistency', 'get'>>,
  { discrepancies: LedgerDiscrepancy[] }
>

export const stockReportKeys = {
  overview: (search: StockOverviewSearch) => [...stockKeys.all, 'overview', search] as const,
  low: () => [...stockKeys.all, 'low'] as const,
  nearExpiry: (days: number, warehouseId: string) => [...stockKeys.all, 'near-expiry', days, warehouseId] as const,
  value: () => [...stockKeys.all, 'value'] as const,
  consistency: () => [...stockKeys.all, 'consistency'] as const,
}

/** Drops empty filters: the server reads an absent parameter as "any". */
function presentParams(params: Record<string, string | number>) {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''))
}

export function useStockOverview(search: StockOverviewSearch) {
  return useQuery({
    queryKey: stockReportKeys.overview(search),
    queryFn: ({ signal }) =>
      api
        .get('api/inventory/stock/overview', {
          // ALL is the same as no status filter; sent as absent, which every server version understands.
          searchParams: presentParams({ ...search, status: search.status === 'ALL' ? '' : search.status }),
          signal,
        })
        .json<ResultPage<StockOverviewItem>>(),
    placeholderData: keepPreviousData,
  })
}

/** Active products below their minimum (LOW) or without stock (OUT), OUT first. */
export function useLowStock() {
  return useQuery({
    queryKey: stockReportKeys.low(),
    queryFn: ({ signal }) => api.get('api/inventory/stock/low', { signal }).json<StockOverviewItem[]>(),
  })
}

/** Lots whose best-before falls within `days` (expired lots included), soonest first. */
export function useNearExpiry(days: number, warehouseId: string) {
  return useQuery({
    queryKey: stockReportKeys.nearExpiry(days, warehouseId),
    queryFn: ({ signal }) =>
      api
        .get('api/inventory/stock/near-expiry', { searchParams: presentParams({ days, warehouseId }), signal })
        .json<NearExpiryLot[]>(),
    placeholderData: keepPreviousData,
  })
}

/** Stock value at cost and at retail (administrators and managers only). */
export function useStockValue() {
  return useQuery({
    queryKey: stockReportKeys.value(),
    queryFn: ({ signal }) => api.get('api/inventory/stock/value', { signal }).json<StockValue>(),
  })
}

/**
 * The books check (administrators and managers only), run on demand: nothing is requested until `refetch()`,
 * and a stock change does not re-run it (it may scan every balance).
 */
export function useStockConsistency() {
  return useQuery({
    queryKey: stockReportKeys.consistency(),
    queryFn: ({ signal }) => api.get('api/inventory/stock/consistency', { signal }).json<ConsistencyReport>(),
    enabled: false,
  })
}
