import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, httpStatus } from './http'

export interface StockLevel {
  productId: string
  onHand: number
}

/** One product's stock: what is on hand, promised to orders (reserved), and still available. */
export interface ProductStock {
  productId: string
  onHand: number
  reserved: number
  available: number
}

export type MovementKind = 'ADJUSTMENT' | 'RECEIPT' | 'ISSUE'

export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  ADJUSTMENT: 'Adjustment',
  RECEIPT: 'Receipt',
  ISSUE: 'Issue',
}

export type AdjustmentReason = 'BREAKAGE' | 'THEFT' | 'EXPIRED' | 'FOUND' | 'CORRECTION'

export const ADJUSTMENT_REASON_LABELS: Record<AdjustmentReason, string> = {
  BREAKAGE: 'Breakage',
  THEFT: 'Theft',
  EXPIRED: 'Expired',
  FOUND: 'Found',
  CORRECTION: 'Correction',
}

export const ADJUSTMENT_REASONS = Object.keys(ADJUSTMENT_REASON_LABELS) as AdjustmentReason[]

/** One entry of a product's stock ledger. */
export interface StockMovement {
  id: number
  occurredAt: string
  kind: MovementKind
  /** Signed: negative takes stock away. */
  quantity: number
  reference: string | null
  reason: AdjustmentReason | null
  actor: string | null
}

export interface StockAdjustment {
  productId: string
  /** Signed whole number; BREAKAGE/THEFT/EXPIRED negative, FOUND positive, CORRECTION either, never 0. */
  quantity: number
  reason: AdjustmentReason
  note?: string
}

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

/** On-hand quantities of the given products, in one request. Products without stock are absent. */
export function useStockLevels(productIds: readonly string[]) {
  return useQuery({
    queryKey: stockKeys.levels(productIds),
    queryFn: ({ signal }) =>
      api
        .get('api/inventory/stock', {
          searchParams: { productIds: productIds.slice(0, MAX_STOCK_IDS).join(',') },
          signal,
        })
        .json<StockLevel[]>(),
    enabled: productIds.length > 0,
    select: byProductId,
  })
}

/** One product's stock level; null when the product has no stock record yet (404). */
export function useStockLevel(productId: string | null | undefined) {
  return useQuery({
    queryKey: stockKeys.level(productId ?? ''),
    queryFn: async ({ signal }): Promise<ProductStock | null> => {
      try {
        return await api.get(`api/inventory/stock/${encodeURIComponent(productId ?? '')}`, { signal }).json<ProductStock>()
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
