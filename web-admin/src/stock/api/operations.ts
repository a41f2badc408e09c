import { api, type Received, type RequestOf, type ResponseOf, stockKeys, type With } from '@elif/web-kit'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

// Stock work: goods receipts, break-bulk, transfers between locations and warehouses, stocktakes.
// Every success refetches every stock figure (they all live under stockKeys.all).

/**
 * Goods booked into a location. A line's `unitCost` is an exact decimal per base unit ("1800.00", sent as
 * written, never through a float; administrators and managers only), `bestBefore` an ISO date.
 */
export type NewReceipt = With<RequestOf<'/api/inventory/receipts', 'post'>, { lines: ReceiptLine[] }>

export type ReceiptLine = With<RequestOf<'/api/inventory/receipts', 'post'>['lines'][number], { unitCost?: string }>

export type Receipt = Received<ResponseOf<'/api/inventory/receipts', 'post'>>

/** Opens `quantity` source units into `unitsPerSource` target units each (e.g. 24 bottles in a crate). */
export type BreakBulk = RequestOf<'/api/inventory/break-bulk', 'post'>

export type BrokenBulk = Received<ResponseOf<'/api/inventory/break-bulk', 'post'>>

type TransferBody = ResponseOf<'/api/inventory/transfers/{id}/receive', 'post'>

export type TransferLine = Received<NonNullable<TransferBody['lines']>[number], 'bestBefore'>

export type Transfer = With<Received<TransferBody, 'note' | 'receivedAt' | 'receivedBy'>, { lines: TransferLine[] }>

export type TransferState = Transfer['state']

export const TRANSFER_STATE_LABELS: Record<TransferState, string> = { IN_TRANSIT: 'In transit', RECEIVED: 'Received' }

export type NewTransfer = RequestOf<'/api/inventory/transfers', 'post'>

type StocktakeBody = ResponseOf<'/api/inventory/stocktakes/{id}', 'get'>

/** `expected` is null while a blind count is being counted, `counted` until counted, `variance` until both are known. */
export type StocktakeLine = Received<
  NonNullable<StocktakeBody['lines']>[number],
  'bestBefore' | 'expected' | 'counted' | 'variance'
>

/** `closedAt`/`closedBy`: when and by whom it was approved or cancelled. */
export type Stocktake = With<
  Received<StocktakeBody, 'submittedAt' | 'submittedBy' | 'closedAt' | 'closedBy'>,
  { lines: StocktakeLine[] }
>

export type StocktakeState = Stocktake['state']

export const STOCKTAKE_STATE_LABELS: Record<StocktakeState, string> = {
  COUNTING: 'Counting',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  CANCELLED: 'Cancelled',
}

export type StocktakeCount = RequestOf<'/api/inventory/stocktakes/{id}/counts', 'put'>['lines'][number]

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
