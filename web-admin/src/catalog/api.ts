// The catalogue's administration API (docs: /work contract, section Catalog). Money travels as exact
// decimal strings ("2500.00") and is never parsed into a float; quantities are whole base units.
import {
  api,
  enumMembers,
  type PriceLevel,
  productKeys,
  type BaseUnit,
  type ProductSummary,
  type Received,
  type RequestOf,
  type ResponseOf,
  type ResultPage,
  type With,
} from '@elif/web-kit'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

/** A whole number in a request, or the text typed when it is not one: the server refuses it with a field message. */
export type IntegerInput = number | string | null

type ProductDetailBody = ResponseOf<'/api/catalog/products/{id}', 'get'>

export { PRICE_LEVEL_LABELS, PRICE_LEVELS, type PriceLevel } from '@elif/web-kit'

/** Amount per price level; levels without a price are absent. */
export type Prices = Partial<Record<PriceLevel, string>>

export type CatalogSettings = RequestOf<'/api/catalog/settings', 'put'>

export type Unit = Received<ResponseOf<'/api/catalog/units', 'get'>[number]>

export type Category = Received<ResponseOf<'/api/catalog/categories', 'get'>[number]>

/** `rate`: percent, "20.00" (an exact decimal, as text). */
export type TaxClass = Received<ResponseOf<'/api/catalog/tax-classes', 'get'>[number]>

/** `deposit`: an exact decimal, as text. */
export type ContainerType = Received<ResponseOf<'/api/catalog/containers', 'get'>[number]>

export type ContainerKind = ContainerType['kind']

export const CONTAINER_KINDS: ContainerKind[] = enumMembers<ContainerKind>({ BOTTLE: 'Bottle', CRATE: 'Crate' })

/** A returnable container carried by a product's base unit or by one of its packs. */
export type CarriedContainer = Received<NonNullable<ProductDetailBody['containers']>[number]>

export type Pack = With<Received<NonNullable<ProductDetailBody['packs']>[number], 'barcode'>, { prices: Prices }>

/** A product's whole detail, as the administration reads it with the kit's useCatalogProduct. */
export type ProductDetail = With<
  Received<ProductDetailBody, 'description' | 'maximumStock' | 'storageLocation'>,
  { prices: Prices; packs: Pack[] }
>

export type PriceChange = Received<ResponseOf<'/api/catalog/products/{id}/prices', 'get'>[number], 'packId'>

export type ProductSort = 'name' | 'sku' | 'createdAt'

export interface ProductFilter {
  q: string
  categoryId: string
  /** "" for both. */
  active: '' | 'true' | 'false'
  sort: ProductSort
  direction: 'asc' | 'desc'
  /** 0-based */
  page: number
  size: number
}

export type ProductListPage = ResultPage<ProductSummary>

// Requests: as the document describes them, except that whole numbers may go as typed (IntegerInput) and
// amounts as exact decimal text, for the server to refuse with a field message.

export type ProductFields = With<
  Required<RequestOf<'/api/catalog/products/{id}', 'put'>>,
  {
    minimumStock: IntegerInput
    maximumStock: IntegerInput
    description: string | null
    storageLocation: string | null
  }
>

export type NewCatalogProduct = ProductFields & {
  sku: string
  baseUnit: BaseUnit | null
  prices: Prices
}

export type NewPack = With<
  RequestOf<'/api/catalog/products/{id}/packs', 'post'>,
  {
    unitsPerPack: IntegerInput
    barcode: string | null
    prices: Prices
  }
>

export type NewPrice = With<
  RequestOf<'/api/catalog/products/{id}/prices', 'post'>,
  {
    packId: string | null
    amount: string
    validFrom: string | null
  }
>

export type ContainerAssignment = {
  packId: string | null
  containers: With<
    RequestOf<'/api/catalog/products/{id}/containers', 'put'>['containers'][number],
    { quantity: IntegerInput }
  >[]
}

// --- Query keys: product keys live under the kit's, so that its lists refresh with these. ----------

export const catalogKeys = {
  settings: ['catalog', 'settings'] as const,
  units: ['catalog', 'units'] as const,
  categories: ['catalog', 'categories'] as const,
  taxClasses: ['catalog', 'tax-classes'] as const,
  containers: ['catalog', 'containers'] as const,
  productList: (filter: ProductFilter) => [...productKeys.all, 'admin-list', filter] as const,
  priceHistory: (id: string) => [...productKeys.detail(id), 'prices'] as const,
}

const getJson = <T>(path: string, signal?: AbortSignal) => api.get(path, { signal }).json<T>()

// --- Settings and reference lists -------------------------------------------------------------------

export function useCatalogSettings() {
  return useQuery({
    queryKey: catalogKeys.settings,
    queryFn: ({ signal }) => getJson<CatalogSettings>('api/catalog/settings', signal),
    staleTime: 5 * 60_000,
  })
}

export function useSaveCatalogSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (settings: CatalogSettings) =>
      api.put('api/catalog/settings', { json: settings }).json<CatalogSettings>(),
    onSuccess: (saved) => queryClient.setQueryData(catalogKeys.settings, saved),
  })
}

export function useUnits() {
  return useQuery({
    queryKey: catalogKeys.units,
    queryFn: ({ signal }) => getJson<Unit[]>('api/catalog/units', signal),
    staleTime: Infinity,
  })
}

/** The kit's: one query of the categories for every app. */
export { useCategories } from '@elif/web-kit'

export function useTaxClasses() {
  return useQuery({
    queryKey: catalogKeys.taxClasses,
    queryFn: ({ signal }) => getJson<TaxClass[]>('api/catalog/tax-classes', signal),
  })
}

export function useContainerTypes() {
  return useQuery({
    queryKey: catalogKeys.containers,
    queryFn: ({ signal }) => getJson<ContainerType[]>('api/catalog/containers', signal),
  })
}

/**
 * Creates (no id) or updates (id) an entry of a reference list at `path`; afterwards the list and every
 * product (which shows category and tax class names) are read again.
 */
function useSaveReference<Body, Saved>(path: string, listKey: readonly string[]) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Body }) =>
      (id ? api.put(`${path}/${id}`, { json: body }) : api.post(path, { json: body })).json<Saved>(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: listKey }),
        queryClient.invalidateQueries({ queryKey: productKeys.all }),
      ]),
  })
}

export const useSaveCategory = () =>
  useSaveReference<{ name: string; sellable: boolean }, Category>('api/catalog/categories', catalogKeys.categories)

export const useSaveTaxClass = () =>
  useSaveReference<{ name: string; rate: string }, TaxClass>('api/catalog/tax-classes', catalogKeys.taxClasses)

/** On update only name and deposit are sent: code and kind do not change. */
export const useSaveContainerType = () =>
  useSaveReference<Partial<Omit<ContainerType, 'id'>>, ContainerType>('api/catalog/containers', catalogKeys.containers)

// --- Products -----------------------------------------------------------------------------------------

export function useProductList(filter: ProductFilter) {
  return useQuery({
    queryKey: catalogKeys.productList(filter),
    queryFn: ({ signal }) => {
      const searchParams: Record<string, string | number> = {
        sort: filter.sort,
        direction: filter.direction,
        page: filter.page,
        size: filter.size,
      }
      if (filter.q) searchParams.q = filter.q
      if (filter.categoryId) searchParams.categoryId = filter.categoryId
      if (filter.active) searchParams.active = filter.active
      return api.get('api/catalog/products', { searchParams, signal }).json<ProductListPage>()
    },
    placeholderData: keepPreviousData,
  })
}

export function usePriceHistory(id: string) {
  return useQuery({
    queryKey: catalogKeys.priceHistory(id),
    queryFn: ({ signal }) => getJson<PriceChange[]>(`api/catalog/products/${id}/prices`, signal),
  })
}

/** A change of one product: afterwards it and every product list are read again. */
function useProductMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productKeys.all }),
  })
}

export const useCreateCatalogProduct = () =>
  useProductMutation((product: NewCatalogProduct) =>
    api.post('api/catalog/products', { json: product }).json<ProductDetail>(),
  )

export const useUpdateProduct = (id: string) =>
  useProductMutation((fields: ProductFields) =>
    api.put(`api/catalog/products/${id}`, { json: fields }).json<ProductDetail>(),
  )

export const useSetProductActive = (id: string) =>
  useProductMutation((active: boolean) =>
    api.post(`api/catalog/products/${id}/${active ? 'activate' : 'deactivate'}`).json<ProductDetail>(),
  )

export const useAddPack = (productId: string) =>
  useProductMutation((pack: NewPack) =>
    api.post(`api/catalog/products/${productId}/packs`, { json: pack }).json<Pack>(),
  )

export const useUpdatePack = (productId: string) =>
  useProductMutation(({ packId, name, barcode }: { packId: string; name: string; barcode: string | null }) =>
    api.put(`api/catalog/products/${productId}/packs/${packId}`, { json: { name, barcode } }).json<Pack>(),
  )

export const useSetPrice = (productId: string) =>
  useProductMutation((price: NewPrice) =>
    api.post(`api/catalog/products/${productId}/prices`, { json: price }).json<PriceChange>(),
  )

export const useSetContainers = (productId: string) =>
  useProductMutation((assignment: ContainerAssignment) =>
    api.put(`api/catalog/products/${productId}/containers`, { json: assignment }).json<unknown>(),
  )
