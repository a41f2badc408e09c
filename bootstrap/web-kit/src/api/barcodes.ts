import { useQuery } from '@tanstack/react-query'
import type { BaseUnit } from './catalog'
import { api, httpStatus } from './http'

// What the stock screens need from the catalogue: barcode look-up, a product's packs, the categories.

/** A product as the catalogue's lists and barcode look-up describe it. */
export interface ProductSummary {
  id: string
  sku: string
  name: string
  categoryId: string
  categoryName: string
  sellable: boolean
  baseUnit: BaseUnit
  active: boolean
  price: string
  taxRate: string
}

/** What a scanned code names: the product itself (packId null, unitsPerPack 1) or one of its packs. */
export interface BarcodeMatch {
  barcode: string
  productId: string
  packId: string | null
  unitsPerPack: number
  product: ProductSummary
}

export interface ProductPack {
  id: string
  name: string
  /** Base units in one pack, at least 2. */
  unitsPerPack: number
  barcode: string | null
}

/** The part of a product's detail the stock screens read. */
export interface ProductWithPacks {
  id: string
  sku: string
  name: string
  baseUnit: BaseUnit
  minimumStock: number
  barcodes: string[]
  packs: ProductPack[]
}

export interface Category {
  id: string
  name: string
  sellable: boolean
}

export const catalogLookupKeys = {
  barcode: (code: string) => ['catalog', 'barcode', code] as const,
  product: (id: string) => ['catalog', 'product', id] as const,
  categories: ['catalog', 'categories'] as const,
}

/** Resolves a barcode: null when no product or pack carries it (404). */
export function fetchBarcode(code: string, signal?: AbortSignal): Promise<BarcodeMatch | null> {
  return api
    .get(`api/catalog/barcodes/${encodeURIComponent(code)}`, { signal })
    .json<BarcodeMatch>()
    .catch((error: unknown) => {
      if (httpStatus(error) === 404) return null
      throw error
    })
}

export function useBarcode(code: string) {
  return useQuery({
    queryKey: catalogLookupKeys.barcode(code),
    queryFn: ({ signal }) => fetchBarcode(code, signal),
    enabled: code !== '',
  })
}

/** A product with its packs (GET api/catalog/products/{id}). */
export function useProductWithPacks(productId: string | null | undefined) {
  return useQuery({
    queryKey: catalogLookupKeys.product(productId ?? ''),
    queryFn: ({ signal }) =>
      api.get(`api/catalog/products/${encodeURIComponent(productId ?? '')}`, { signal }).json<ProductWithPacks>(),
    enabled: !!productId,
  })
}

export function useCategories() {
  return useQuery({
    queryKey: catalogLookupKeys.categories,
    queryFn: ({ signal }) => api.get('api/catalog/categories', { signal }).json<Category[]>(),
    staleTime: 60_000,
  })
}
