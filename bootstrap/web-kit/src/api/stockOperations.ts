import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from './http'
import { stockKeys, type ProductStock } from './inventory'

// Stock work: goods receipts, break-bulk, transfers between locations and warehouses, stocktakes.
// Every success refetches every stock figure (they all live under stockKeys.all).

export interface ReceiptLine {
  productId: string
  quantity: number
  /** Exact decimal purchase cost per base unit, e.g. "1800.00"; administrators and managers only. */
  unitCost?: string
  lot?: string
  /** ISO date. */
  bestBefore?: string
}

export interface NewReceipt {
  locationId: string
  reference: string
  lines: ReceiptLine[]
}

export interface Receipt {
  reference: string
  lines: ReceiptLine[]
}

export interface BreakBulk {
  locationId: string
  sourceProductId: string
  targetProductId: string
  /** Number of source units opened. */
  quantity: number
  /** Target units in one source unit, e.g. 24 bottles in a crate. */
  unitsPerSource: number
}

export interface BrokenBulk {
  reference: string
  source: ProductStock
  target: ProductStock
}

export type TransferState = 'IN_TRANSIT' | 'RECEIVED'

export const TRANSFER_STATE_LABELS: Record<TransferState, string> = { IN_TRANSIT: 'In transit', RECEIVED: 'Received' }

export interface TransferLine {
  productId: string
  sku: string
  name: string
  lot: string
  bestBefore: string | null
  quantity: number
}

export interface Transfer {
  id: string
  number: string
  state: TransferState
  fromWarehouseCode: string
  fromLocationId: string
  fromLocationCode: string
  toWarehouseCode: string
  toLocationId: string
  toLocationCode: string
  note: string | null
  createdAt: string
  createdBy: string
  receivedAt: string | null
  receivedBy: string | null
  lines: TransferLine[]
}

export interface NewTransfer {
  fromLocationId: string
  toLocationId: string
  note?: string
  lines: { productId: string; quantity: number }[]
}

export type StocktakeState = 'COUNTING' | 'SUBMITTED' | 'APPROVED' | 'CANCELLED'

export const STOCKTAKE_STATE_LABELS: Record<StocktakeState, string> = {
  COUNTING: 'Counting',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  CANCELLED: 'Cancelled',
}

export interface StocktakeLine {
  productId: string
  sku: string
  name: string
  lot: string
  bestBefore: string | null
  /** Null while a blind count is being counted. */
  expected: number | null
  /** Null until counted. */
  counted: number | null
  /** counted - expected; null until both are known. */
  variance: number | null
}

export interface Stocktake {
  id: string
  number: string
  state: StocktakeState
  warehouseCode: string
  locationId: string
  locationCode: string
  blind: boolean
  createdAt: string
  createdBy: string
  approvedAt: string | null
  approvedBy: string | null
  lines: StocktakeLine[]
}

export interface StocktakeCount {
  productId: string
  lot?: string
  counted: number
}

export const stockWorkKeys = {
  transfers: (state: TransferState | '') => [...stockKeys.all, 'transfers', state] as const,
  stocktakes: (state: StocktakeState | '') => [...stockKeys.all, 'stocktakes', state] as const,
  stocktake: (id: string) => [...stockKeys.all, 'stocktake', id] as const,
}

/** A mutation whose success refetches every stock figure, list and document. */
function useStockMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stockKeys.all }),
  })
}

/** Books goods into a location; fails with 400 validation (field paths such as lines[0].quantity). */
export const useReceiveGoods = () =>
  useStockMutation((receipt: NewReceipt) => api.post('api/inventory/receipts', { json: receipt }).json<Receipt>())

/** Opens source units into target units at one location, as one atomic pair of movements. */
export const useBreakBulk = () =>
  useStockMutation((breakBulk: BreakBulk) =>
    api.post('api/inventory/break-bulk', { json: breakBulk }).json<BrokenBulk>(),
  )

const transferPath = (id: string) => `api/inventory/transfers/${encodeURIComponent(id)}`

export function useTransfers(state: TransferState | '') {
  return useQuery({
    queryKey: stockWorkKeys.transfers(state),
    queryFn: ({ signal }) =>
      api.get('api/inventory/transfers', { searchParams: state ? { state } : {}, signal }).json<Transfer[]>(),
  })
}

/** Within one warehouse the transfer is received at once; between warehouses it stays in transit. */
export const useCreateTransfer = () =>
  useStockMutation((transfer: NewTransfer) => api.post('api/inventory/transfers', { json: transfer }).json<Transfer>())

export const useReceiveTransfer = () =>
  useStockMutation((id: string) => api.post(`${transferPath(id)}/receive`).json<Transfer>())

const stocktakePath = (id: string) => `api/inventory/stocktakes/${encodeURIComponent(id)}`

export function useStocktakes(state: StocktakeState | '') {
  return useQuery({
    queryKey: stockWorkKeys.stocktakes(state),
    queryFn: ({ signal }) =>
      api.get('api/inventory/stocktakes', { searchParams: state ? { state } : {}, signal }).json<Stocktake[]>(),
  })
}

export function useStocktake(id: string | undefined) {
  return useQuery({
    queryKey: stockWorkKeys.stocktake(id ?? ''),
    queryFn: ({ signal }) => api.get(stocktakePath(id ?? ''), { signal }).json<Stocktake>(),
    enabled: !!id,
  })
}

/** A stocktake mutation: the answer replaces the cached sheet, and every stock figure is refetched. */
function useStocktakeMutation<Variables>(mutationFn: (variables: Variables) => Promise<Stocktake>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (stocktake) => {
      if (stocktake?.id) queryClient.setQueryData(stockWorkKeys.stocktake(stocktake.id), stocktake)
      return queryClient.invalidateQueries({ queryKey: stockKeys.all })
    },
  })
}

/** Starts a count sheet for a location: a line per product and lot held there. */
export const useStartStocktake = () =>
  useStocktakeMutation((start: { locationId: string; blind: boolean }) =>
    api.post('api/inventory/stocktakes', { json: start }).json<Stocktake>(),
  )

/** Records counted quantities; a product not on the sheet gets a line of its own. */
export const useRecordCounts = () =>
  useStocktakeMutation(({ id, lines }: { id: string; lines: StocktakeCount[] }) =>
    api.put(`${stocktakePath(id)}/counts`, { json: { lines } }).json<Stocktake>(),
  )

export type StocktakeAction = 'submit' | 'approve' | 'cancel'

/** submit (counting done), approve (posts the variances; managers) or cancel (managers). */
export const useStocktakeAction = () =>
  useStocktakeMutation(({ id, action }: { id: string; action: StocktakeAction }) =>
    api.post(`${stocktakePath(id)}/${action}`).json<Stocktake>(),
  )
