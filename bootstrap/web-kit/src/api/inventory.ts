import { useQuery } from '@tanstack/react-query'
import { api } from './http'

export interface StockLevel {
  productId: string
  onHand: number
}

/** The API accepts at most this many ids per request; a page of products never exceeds it. */
export const MAX_STOCK_IDS = 100

const byProductId = (levels: StockLevel[]) => new Map(levels.map((level) => [level.productId, level.onHand]))

/** On-hand quantities of the given products, in one request. Products without stock are absent. */
export function useStockLevels(productIds: readonly string[]) {
  return useQuery({
    queryKey: ['stock', productIds],
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
