import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, httpStatus } from './http'
import { enumMembers, type Received, type RequestOf, type ResponseOf, type With } from './types'

/** One product's stock: what is on hand, promised to orders (reserved), and still available, per warehouse. */
type StockLevelBody = Received<ResponseOf<'/api/inventory/stock', 'get'>[number]>

export type StockLevel = Pick<StockLevelBody, 'productId' | 'onHand'>

/** One product's stock in one warehouse. */
export type WarehouseStock = StockLevelBody['warehouses'][number]

type ProductStockBody = ResponseOf<'/api/inventory/stock/{productId}', 'get'>

/** Stock of one product at one location and lot; `lot` is "" (and `bestBefore`, an ISO date, null) for stock without a lot. */
export type StockBalance = Received<NonNullable<ProductStockBody['balances']>[number], 'bestBefore'>

/**
 * One product's stock: company-wide figures, per warehouse, and only from GET api/inventory/stock/{productId}
 * the quantity on its way between warehouses (`inTransit`) and the stock per warehouse, location and lot.
 */
export type ProductStock = StockLevelBody & Partial<With<Received<ProductStockBody>, { balances: StockBalance[] }>>

type MovementBody = ResponseOf<'/api/inventory/stock/{productId}/movements', 'get'>[number]

export type MovementKind = NonNullable<MovementBody['kind']>

export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  RECEIPT: 'Receipt',
  ISSUE: 'Issue',
  CUSTOMER_RETURN: 'Customer return',
  ADJUSTMENT: 'Adjustment',
  TRANSFER_OUT: 'Transfer out',
  TRANSFER_IN: 'Transfer in',
  STOCKTAKE: 'Stocktake',
  BREAK_BULK_OUT: 'Break-bulk (opened)',
  BREAK_BULK_IN: 'Break-bulk (units)',
}

/**
 * What the server books: signed whole `quantity` (BREAKAGE/THEFT/EXPIRED negative, FOUND positive, CORRECTION
 * either, never 0); `locationId` absent: the server's default location.
 */
export type StockAdjustment = RequestOf<'/api/inventory/adjustments', 'post'>

export type AdjustmentReason = StockAdjustment['reason']

export const ADJUSTMENT_REASON_LABELS: Record<AdjustmentReason, string> = {
  BREAKAGE: 'Breakage',
  THEFT: 'Theft',
  EXPIRED: 'Expired',
  FOUND: 'Found',
  CORRECTION: 'Correction',
}

export const ADJUSTMENT_REASONS = enumMembers(ADJUSTMENT_REASON_LABELS)

/**
 * One entry of a product's stock ledger, newest first; `quantity` signed (negative takes stock away). The document
 * types `reason` as any text: it is an adjustment's reason.
 */
export type StockMovement = With<
  Received<MovementBody, 'reference' | 'reason' | 'actor' | 'warehouseCode' | 'locationCode' | 'lot'>,
  { reason: AdjustmentReason | null }
>

/** The API accepts at most this many ids per request; a page of products never exceeds it. */
export const MAX_STOCK_IDS = 100

/** Number of movements the stock page shows. */
export const MOVEMENTS_LIMIT = 50

/** Query keys: invalidating `stockKeys.all` refreshes every level, list and history. */
export const stockKeys = {
  all: ['stock'] as const,
  levels: (productIds: readonly string[]) => [...stockKeys.all, 'levels', productIds] as const,
  level: (productId: string) => [...stockKeys.all, 'level', productId] as const,
  movements: (productId: string, limit: number) => [...stockKeys.all, 'movements', productId, limit] as const,
}

const byProductId = (levels: StockLevel[]) => new Map(levels.map((level) => [level.productId, level.onHand]))

const stockLevelsQuery = (productIds: readonly string[]) => ({
  queryKey: stockKeys.levels(productIds),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api
      .get('api/inventory/stock', {
        searchParams: { productIds: productIds.slice(0, MAX_STOCK_IDS).join(',') },
        signal,
      })
      .json<ProductStock[]>(),
  enabled: productIds.length > 0,
})

/** On-hand quantities of the given products, in one request. Products without stock are absent. */
export function useStockLevels(productIds: readonly string[]) {
  return useQuery({ ...stockLevelsQuery(productIds), select: byProductId })
}

/** The given products' stock with its split per warehouse, in one request. Products without stock are absent. */
export function useProductStocks(productIds: readonly string[]) {
  return useQuery({
    ...stockLevelsQuery(productIds),
    select: (levels: ProductStock[]) => new Map(levels.map((level) => [level.productId, level])),
  })
}

/** One product's stock level; null when the product has no stock record yet (404). */
export function useStockLevel(productId: string | null | undefined) {
  return useQuery({
    queryKey: stockKeys.level(productId ?? ''),
    queryFn: async ({ signal }): Promise<ProductStock | null> => {
      try {
        return await api
          .get(`api/inventory/stock/${encodeURIComponent(productId ?? '')}`, { signal })
          .json<ProductStock>()
      } catch (error) {
        if (httpStatus(error) === 404) return null
        throw error
      }
    },
    enabled: !!productId,
  })
}

/** A product's stock movements, newest first. */
export function useMovements(productId: string | null | undefined, limit: number = MOVEMENTS_LIMIT) {
  return useQuery({
    queryKey: stockKeys.movements(productId ?? '', limit),
    queryFn: ({ signal }) =>
      api
        .get(`api/inventory/stock/${encodeURIComponent(productId ?? '')}/movements`, {
          searchParams: { limit },
          signal,
        })
        .json<StockMovement[]>(),
    enabled: !!productId,
  })
}

/**
 * Books a stock adjustment; on success every stock level and history is refetched. Fails with a
 * ProblemError: 400 `validation`, 409 `insufficient-stock`, 403 when the role may not adjust.
 */
export function useAdjustStock() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (adjustment: StockAdjustment) =>
      api.post('api/inventory/adjustments', { json: adjustment }).json<ProductStock>(),
    onSuccess: (level) => {
      queryClient.setQueryData(stockKeys.level(level.productId), level)
      return queryClient.invalidateQueries({ queryKey: stockKeys.all })
    },
  })
}
