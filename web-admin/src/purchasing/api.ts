// Purchasing's suppliers and what each sells (docs/openapi.json, tag Suppliers). Costs travel as exact decimal
// strings ("12500.0000", per pack, excluding tax) and are never parsed into a float.
import { api, type Page, type Received, type RequestOf, type ResponseOf, type With } from '@elif/web-kit'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { IntegerInput } from '../catalog/api'

export type Supplier = Received<ResponseOf<'/api/purchasing/suppliers/{id}', 'get'>>

export type SupplierPage = Page<Supplier>

/** What a supplier sells: one product in one pack (packId null: the base unit), its terms and costs. */
export type SupplierOffer = Received<
  ResponseOf<'/api/purchasing/suppliers/{id}/products', 'get'>[number],
  'packId' | 'agreedUnitCost' | 'lastUnitCost'
>

export type NewSupplier = With<RequestOf<'/api/purchasing/suppliers', 'post'>, { paymentTermsDays?: IntegerInput }>

export type SupplierChange = With<
  RequestOf<'/api/purchasing/suppliers/{id}', 'put'>,
  { paymentTermsDays: IntegerInput }
>

type IntegerTerms = { minimumOrderQuantity?: IntegerInput; orderMultiple?: IntegerInput; leadTimeDays?: IntegerInput }

export type NewOffer = With<RequestOf<'/api/purchasing/suppliers/{id}/products', 'post'>, IntegerTerms>

export type OfferChange = With<
  RequestOf<'/api/purchasing/suppliers/{id}/products/{supplierProductId}', 'put'>,
  IntegerTerms
>

export interface SupplierFilter {
  q: string
  /** "" for both. */
  active: '' | 'true' | 'false'
  /** 0-based */
  page: number
  size: number
}

export const supplierKeys = {
  all: ['purchasing', 'suppliers'] as const,
  list: (filter: SupplierFilter) => [...supplierKeys.all, 'list', filter] as const,
  detail: (id: string) => [...supplierKeys.all, 'detail', id] as const,
  offers: (id: string) => [...supplierKeys.all, 'offers', id] as const,
}

export function useSupplierList(filter: SupplierFilter) {
  return useQuery({
    queryKey: supplierKeys.list(filter),
    queryFn: ({ signal }) => {
      const searchParams: Record<string, string | number> = { page: filter.page, size: filter.size }
      if (filter.q) searchParams.q = filter.q
      if (filter.active) searchParams.active = filter.active
      return api.get('api/purchasing/suppliers', { searchParams, signal }).json<SupplierPage>()
    },
    placeholderData: keepPreviousData,
  })
}

export function useSupplier(id: string) {
  return useQuery({
    queryKey: supplierKeys.detail(id),
    queryFn: ({ signal }) => api.get(`api/purchasing/suppliers/${encodeURIComponent(id)}`, { signal }).json<Supplier>(),
  })
}

export function useSupplierOffers(id: string) {
  return useQuery({
    queryKey: supplierKeys.offers(id),
    queryFn: ({ signal }) =>
      api.get(`api/purchasing/suppliers/${encodeURIComponent(id)}/products`, { signal }).json<SupplierOffer[]>(),
  })
}

/** A change of suppliers or offers: afterwards everything of suppliers is read again. */
function useSupplierMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supplierKeys.all }),
  })
}

const idempotent = () => ({ 'Idempotency-Key': crypto.randomUUID() })

export const useCreateSupplier = () =>
  useSupplierMutation((supplier: NewSupplier) =>
    api.post('api/purchasing/suppliers', { json: supplier, headers: idempotent() }).json<Supplier>(),
  )

export const useChangeSupplier = (id: string) =>
  useSupplierMutation((change: SupplierChange) =>
    api.put(`api/purchasing/suppliers/${id}`, { json: change }).json<Supplier>(),
  )

/** Deactivates (active false) or activates again (active true) a supplier. */
export const useSetSupplierActive = () =>
  useSupplierMutation(({ id, active }: { id: string; active: boolean }) =>
    api.post(`api/purchasing/suppliers/${id}/${active ? 'activate' : 'deactivate'}`).json<Supplier>(),
  )

export const useAddOffer = (supplierId: string) =>
  useSupplierMutation((offer: NewOffer) =>
    api.post(`api/purchasing/suppliers/${supplierId}/products`, { json: offer }).json<SupplierOffer>(),
  )

export const useChangeOffer = (supplierId: string) =>
  useSupplierMutation(({ id, change }: { id: string; change: OfferChange }) =>
    api.put(`api/purchasing/suppliers/${supplierId}/products/${id}`, { json: change }).json<SupplierOffer>(),
  )
