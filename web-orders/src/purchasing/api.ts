// What the order desk reads and sends of purchasing (docs/openapi.json, tags Purchase orders, Deliveries, Reorder
// suggestions, Suppliers). Quantities count the supplier's packs; costs are per pack, excluding tax, as exact decimal
// strings never parsed into a float.
import { api, stockKeys, type Page, type Received, type RequestOf, type ResponseOf, type With } from '@elif/web-kit'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

type OrderBody = ResponseOf<'/api/purchasing/orders/{id}', 'get'>
type Stamp = Received<NonNullable<OrderBody['created']>>

/** An order line: `packId` null for base units; `received` and `outstanding` in packs. */
export type PurchaseOrderLine = Received<NonNullable<OrderBody['lines']>[number], 'packId'>

export type PurchaseOrder = With<
  Received<OrderBody, 'expectedDate' | 'sent' | 'confirmed' | 'ended' | 'closeReason'>,
  {
    lines: PurchaseOrderLine[]
    created: Stamp
    sent: Stamp | null
    confirmed: Stamp | null
    ended: Stamp | null
    supplier: Received<NonNullable<OrderBody['supplier']>>
  }
>

export type PurchaseOrderState = PurchaseOrder['state']

export type OrderSummary = Received<
  NonNullable<ResponseOf<'/api/purchasing/orders', 'get'>['items']>[number],
  'expectedDate'
>

export type NewPurchaseOrder = RequestOf<'/api/purchasing/orders', 'post'>

type DeliveryBody = ResponseOf<'/api/purchasing/deliveries/{id}', 'get'>

export type DeliveryLine = Received<
  NonNullable<DeliveryBody['lines']>[number],
  'orderLineNo' | 'packId' | 'lot' | 'bestBefore' | 'locationId'
>

export type Delivery = With<
  Received<DeliveryBody, 'orderId' | 'supplierReference' | 'confirmation' | 'overrideReason'>,
  { lines: DeliveryLine[]; created: Stamp; confirmation: Stamp | null }
>

export type NewDelivery = RequestOf<'/api/purchasing/deliveries', 'post'>

export type Suggestion = Received<ResponseOf<'/api/purchasing/reorder-suggestions', 'get'>[number]>

export type SuggestionLine = Received<NonNullable<Suggestion['lines']>[number], 'packId' | 'maximumStock' | 'unitCost'>

export type SupplierSummary = Received<ResponseOf<'/api/purchasing/suppliers/{id}', 'get'>>

export type SupplierOffer = Received<
  ResponseOf<'/api/purchasing/suppliers/{id}/products', 'get'>[number],
  'packId' | 'agreedUnitCost' | 'lastUnitCost'
>

export const STATE_LABELS: Record<PurchaseOrderState, string> = {
  DRAFT: 'Draft',
  SENT: 'Sent',
  CONFIRMED: 'Confirmed',
  PARTIALLY_RECEIVED: 'Partially received',
  RECEIVED: 'Received',
  CANCELLED: 'Cancelled',
  CLOSED: 'Closed',
}

/** The states an order takes goods in. */
export const RECEIVABLE: PurchaseOrderState[] = ['SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED']

export interface OrderFilter {
  q: string
  /** Several states, or none for all. */
  states: PurchaseOrderState[]
  supplierId: string
  from: string
  to: string
  /** 0-based */
  page: number
  size: number
}

export const purchasingKeys = {
  all: ['purchasing'] as const,
  orders: () => [...purchasingKeys.all, 'orders'] as const,
  orderList: (filter: OrderFilter) => [...purchasingKeys.orders(), 'list', filter] as const,
  order: (id: string) => [...purchasingKeys.orders(), 'detail', id] as const,
  deliveries: (orderId: string) => [...purchasingKeys.all, 'deliveries', orderId] as const,
  suggestions: () => [...purchasingKeys.all, 'suggestions'] as const,
  suppliers: (q: string) => [...purchasingKeys.all, 'suppliers', q] as const,
  offers: (supplierId: string) => [...purchasingKeys.all, 'offers', supplierId] as const,
}

const idempotent = () => ({ 'Idempotency-Key': crypto.randomUUID() })

export function usePurchaseOrders(filter: OrderFilter) {
  return useQuery({
    queryKey: purchasingKeys.orderList(filter),
    queryFn: ({ signal }) => {
      const searchParams = new URLSearchParams({ page: String(filter.page), size: String(filter.size) })
      if (filter.q) searchParams.set('q', filter.q)
      if (filter.supplierId) searchParams.set('supplierId', filter.supplierId)
      if (filter.from) searchParams.set('from', filter.from)
      if (filter.to) searchParams.set('to', filter.to)
      for (const state of filter.states) searchParams.append('state', state)
      return api.get('api/purchasing/orders', { searchParams, signal }).json<Page<OrderSummary>>()
    },
    placeholderData: keepPreviousData,
  })
}

export function usePurchaseOrder(id: string) {
  return useQuery({
    queryKey: purchasingKeys.order(id),
    queryFn: ({ signal }) =>
      api.get(`api/purchasing/orders/${encodeURIComponent(id)}`, { signal }).json<PurchaseOrder>(),
    enabled: id !== '',
  })
}

export function useOrderDeliveries(orderId: string) {
  return useQuery({
    queryKey: purchasingKeys.deliveries(orderId),
    queryFn: ({ signal }) =>
      api.get('api/purchasing/deliveries', { searchParams: { orderId, size: 100 }, signal }).json<Page<Delivery>>(),
    enabled: orderId !== '',
  })
}

export function useReorderSuggestions() {
  return useQuery({
    queryKey: purchasingKeys.suggestions(),
    queryFn: ({ signal }) => api.get('api/purchasing/reorder-suggestions', { signal }).json<Suggestion[]>(),
  })
}

/** Active suppliers matching the text, for a picker. */
export function useSupplierChoices(q: string) {
  return useQuery({
    queryKey: purchasingKeys.suppliers(q),
    queryFn: ({ signal }) =>
      api
        .get('api/purchasing/suppliers', { searchParams: { q, active: 'true', size: 50 }, signal })
        .json<Page<SupplierSummary>>(),
    placeholderData: keepPreviousData,
  })
}

export function useSupplier(id: string) {
  return useQuery({
    queryKey: [...purchasingKeys.all, 'supplier', id] as const,
    queryFn: ({ signal }) =>
      api.get(`api/purchasing/suppliers/${encodeURIComponent(id)}`, { signal }).json<SupplierSummary>(),
    enabled: id !== '',
  })
}

export function useSupplierOffers(supplierId: string) {
  return useQuery({
    queryKey: purchasingKeys.offers(supplierId),
    queryFn: ({ signal }) =>
      api
        .get(`api/purchasing/suppliers/${encodeURIComponent(supplierId)}/products`, { signal })
        .json<SupplierOffer[]>(),
    enabled: supplierId !== '',
  })
}

/** A change in purchasing: every purchasing read (and stock, which deliveries move) is read again. */
function usePurchasingMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: purchasingKeys.all })
      void queryClient.invalidateQueries({ queryKey: stockKeys.all })
    },
  })
}

export const useCreatePurchaseOrder = () =>
  usePurchasingMutation((order: NewPurchaseOrder) =>
    api.post('api/purchasing/orders', { json: order, headers: idempotent() }).json<PurchaseOrder>(),
  )

export const useOrderSuggestions = () =>
  usePurchasingMutation((supplierId: string) =>
    api
      .post(`api/purchasing/reorder-suggestions/${encodeURIComponent(supplierId)}/order`, { headers: idempotent() })
      .json<PurchaseOrder>(),
  )

export type OrderTransition = 'send' | 'confirm' | 'cancel' | 'close'

export const useOrderTransition = () =>
  usePurchasingMutation(({ id, to, reason }: { id: string; to: OrderTransition; reason?: string }) =>
    api
      .post(`api/purchasing/orders/${encodeURIComponent(id)}/${to}`, to === 'close' ? { json: { reason } } : {})
      .json<PurchaseOrder>(),
  )

export const recordDelivery = (delivery: NewDelivery) =>
  api.post('api/purchasing/deliveries', { json: delivery, headers: idempotent() }).json<Delivery>()

export const confirmDelivery = (id: string, overrideReason?: string) =>
  api
    .post(`api/purchasing/deliveries/${encodeURIComponent(id)}/confirm`, {
      json: overrideReason ? { overrideReason } : {},
    })
    .json<Delivery>()

export const useConfirmDelivery = () =>
  usePurchasingMutation(({ id, overrideReason }: { id: string; overrideReason?: string }) =>
    confirmDelivery(id, overrideReason),
  )

/** The document to send to the supplier, an A4 PDF the browser opens. */
export const orderPdfHref = (id: string) => `/api/purchasing/orders/${encodeURIComponent(id)}/document.pdf`

export const replaceDeliveryLines = (id: string, lines: NewDelivery['lines']) =>
  api.put(`api/purchasing/deliveries/${encodeURIComponent(id)}/lines`, { json: { lines } }).json<Delivery>()

type ContainersBody = ResponseOf<'/api/purchasing/suppliers/{id}/containers', 'get'>

/** A return of empties to a supplier, its amounts as decimal strings. */
export type EmptiesReturn = With<Received<NonNullable<ContainersBody['returns']>[number]>, { created: Stamp }>

/** What we hold of a supplier's containers (received with deliveries less returned) and what returns credited. */
export type SupplierContainers = With<
  Received<ContainersBody>,
  { containers: Received<NonNullable<ContainersBody['containers']>[number]>[]; returns: EmptiesReturn[] }
>

export type NewEmptiesReturn = RequestOf<'/api/purchasing/suppliers/{id}/empties-returns', 'post'>

export function useSupplierContainers(supplierId: string) {
  return useQuery({
    queryKey: [...purchasingKeys.all, 'containers', supplierId] as const,
    queryFn: ({ signal }) =>
      api
        .get(`api/purchasing/suppliers/${encodeURIComponent(supplierId)}/containers`, { signal })
        .json<SupplierContainers>(),
    enabled: supplierId !== '',
  })
}

export const useReturnEmpties = (supplierId: string) =>
  usePurchasingMutation((emptiesReturn: NewEmptiesReturn) =>
    api
      .post(`api/purchasing/suppliers/${encodeURIComponent(supplierId)}/empties-returns`, {
        json: emptiesReturn,
        headers: idempotent(),
      })
      .json<EmptiesReturn>(),
  )
