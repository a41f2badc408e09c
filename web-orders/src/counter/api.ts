// What the order desk reads and sends of the sales module (docs/openapi.json, tags Sales and Customers) and of the
// catalogue's sellable products. Money travels as exact decimal strings ("60000.00") and is never parsed into a float.
import {
  api,
  type Page,
  type Product,
  productKeys,
  type Received,
  type RequestOf,
  type ResponseOf,
  type With,
} from '@elif/web-kit'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CartLine, DepositChoice } from './cart'

type SaleBody = ResponseOf<'/api/sales/sales/{id}', 'get'>
type SaleLineBody = NonNullable<SaleBody['lines']>[number]
type SaleDepositBody = NonNullable<SaleBody['deposits']>[number]
type SalePaymentBody = NonNullable<SaleBody['payments']>[number]

/** A deposit line: one per container type the lines carry, split into consigned, exchanged and due. */
export type SaleDeposit = Received<SaleDepositBody>

/** A payment taken with the sale; `change` is cash given back, `reference` null where none was given. */
export type SalePayment = Received<SalePaymentBody, 'reference' | 'tendered' | 'change'>

/** A line as the server priced it; `packId` null for the base unit, `priceOverride` null unless a manager set it. */
export type SaleLine = Received<SaleLineBody, 'packId' | 'priceOverride'>

type Stamp = Received<NonNullable<SaleBody['created']>>

/** A sale as the server sends it, its lines priced, with who did what when. */
export type Sale = With<
  Received<SaleBody, 'confirmed' | 'completed' | 'cancelled' | 'dueDate' | 'creditOverride'>,
  {
    lines: SaleLine[]
    deposits: SaleDeposit[]
    payments: SalePayment[]
    created: Stamp
    confirmed: Stamp | null
    completed: Stamp | null
    cancelled: Stamp | null
  }
>

export type SaleState = Sale['state']

export type SaleSummary = Received<NonNullable<ResponseOf<'/api/sales/sales', 'get'>['items']>[number]>

export type SalePage = Page<SaleSummary>

/** A customer as the server sends it. */
export type Customer = Received<ResponseOf<'/api/sales/customers/{id}', 'get'>>

/** What a clerk sends to register a customer at the counter: contact details only. */
export type NewCustomer = Pick<RequestOf<'/api/sales/customers', 'post'>, 'name' | 'phone'>

type ProductDetailBody = ResponseOf<'/api/catalog/products/{id}', 'get'>

/** A pack with its prices per level (exact decimals). */
export type PackWithPrices = Received<
  Pick<
    NonNullable<ProductDetailBody['packs']>[number],
    'id' | 'name' | 'unitsPerPack' | 'barcode' | 'prices' | 'containers'
  >,
  'barcode'
>

/** What the counter reads of a product's detail: its prices per level and its packs. */
export type SellableProduct = With<
  Received<Pick<ProductDetailBody, 'id' | 'sku' | 'name' | 'baseUnit' | 'prices' | 'barcodes' | 'containers'>>,
  { packs: PackWithPrices[] }
>

/** The body of a request that writes lines: quantities as typed (the server refuses what is no whole number). */
export interface LinesBody {
  lines: CartLine[]
  deposits: DepositChoice[]
}

/** What completing a sale sends: the payments in the order taken and, from a manager, the credit override. */
export type CompleteBody = RequestOf<'/api/sales/sales/{id}/complete', 'post'>

export const saleKeys = {
  all: ['sales', 'sales'] as const,
  detail: (id: string) => [...saleKeys.all, 'detail', id] as const,
  list: (filter: SaleFilter) => [...saleKeys.all, 'list', filter] as const,
}

export const customerKeys = {
  all: ['sales', 'customers'] as const,
  search: (q: string) => [...customerKeys.all, 'search', q] as const,
  detail: (id: string) => [...customerKeys.all, 'detail', id] as const,
  walkIn: () => [...customerKeys.all, 'walk-in'] as const,
}

// --- Sales ---------------------------------------------------------------------------------------------------

export const fetchSale = (id: string, signal?: AbortSignal) =>
  api.get(`api/sales/sales/${encodeURIComponent(id)}`, { signal }).json<Sale>()

/** Creates a draft with its first lines; the key makes a retried request create one draft. */
export const createDraft = (body: { customerId?: string } & LinesBody, idempotencyKey: string) =>
  api.post('api/sales/sales', { json: body, headers: { 'Idempotency-Key': idempotencyKey } }).json<Sale>()

export const replaceLines = (id: string, body: LinesBody) =>
  api.put(`api/sales/sales/${encodeURIComponent(id)}/lines`, { json: body }).json<Sale>()

export const changeCustomer = (id: string, customerId: string) =>
  api.put(`api/sales/sales/${encodeURIComponent(id)}/customer`, { json: { customerId } }).json<Sale>()

export type Transition = 'confirm' | 'complete' | 'cancel'

export const transition = (id: string, to: Transition) =>
  api.post(`api/sales/sales/${encodeURIComponent(id)}/${to}`).json<Sale>()

/** Completes a draft or a confirmed order with its payments; the key makes a retried request pay once. */
export const completeSale = (id: string, body: CompleteBody, idempotencyKey: string) =>
  api
    .post(`api/sales/sales/${encodeURIComponent(id)}/complete`, {
      json: body,
      headers: { 'Idempotency-Key': idempotencyKey },
    })
    .json<Sale>()

export interface SaleFilter {
  state: SaleState
  number: string
  /** 0-based */
  page: number
  size: number
}

export function useSales(filter: SaleFilter) {
  return useQuery({
    queryKey: saleKeys.list(filter),
    queryFn: ({ signal }) => {
      const searchParams: Record<string, string | number> = {
        state: filter.state,
        page: filter.page,
        size: filter.size,
      }
      if (filter.number) searchParams.number = filter.number
      return api.get('api/sales/sales', { searchParams, signal }).json<SalePage>()
    },
    placeholderData: keepPreviousData,
  })
}

// --- Customers -----------------------------------------------------------------------------------------------

export function useWalkIn() {
  return useQuery({
    queryKey: customerKeys.walkIn(),
    queryFn: ({ signal }) => api.get('api/sales/customers/walk-in', { signal }).json<Customer>(),
    staleTime: Infinity,
  })
}

export function useCustomer(id: string | null | undefined) {
  return useQuery({
    queryKey: customerKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      api.get(`api/sales/customers/${encodeURIComponent(id ?? '')}`, { signal }).json<Customer>(),
    enabled: !!id,
  })
}

/** Active customers whose name, code or phone holds the text. */
export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: customerKeys.search(q),
    queryFn: ({ signal }) =>
      api
        .get('api/sales/customers', { searchParams: { q, active: 'true', page: 0, size: 8 }, signal })
        .json<Page<Customer>>(),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  })
}

export function useCreateCustomerRequest() {
  const queryClient = useQueryClient()
  return async (customer: NewCustomer) => {
    const created = await api.post('api/sales/customers', { json: customer }).json<Customer>()
    queryClient.setQueryData(customerKeys.detail(created.id), created)
    void queryClient.invalidateQueries({ queryKey: [...customerKeys.all, 'search'] })
    return created
  }
}

// --- The catalogue, as sold at the desk ----------------------------------------------------------------------

export interface SellableSearch {
  q: string
  /** "" for every category. */
  categoryId: string
  size: number
}

/** Active products of categories sold at the desk, by name, SKU or barcode text, in one category or all. */
export function useSellableProducts(search: SellableSearch) {
  return useQuery({
    queryKey: [...productKeys.all, 'sellable', search],
    queryFn: ({ signal }) => {
      const searchParams: Record<string, string | number | boolean> = {
        active: true,
        sellable: true,
        page: 0,
        size: search.size,
      }
      if (search.q) searchParams.q = search.q
      if (search.categoryId) searchParams.categoryId = search.categoryId
      return api.get('api/catalog/products', { searchParams, signal }).json<Page<Product>>()
    },
    enabled: search.q !== '' || search.categoryId !== '',
    placeholderData: keepPreviousData,
  })
}

export const productDetailQuery = (productId: string) => ({
  queryKey: productKeys.detail(productId),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get(`api/catalog/products/${encodeURIComponent(productId)}`, { signal }).json<SellableProduct>(),
  staleTime: 60_000,
})
