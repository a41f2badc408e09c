import { useQuery } from '@tanstack/react-query'
import { productKeys, type Product } from './catalog'
import { api, httpStatus } from './http'
import type { Received, ResponseOf, With } from './types'

// What every SPA reads of one product: barcode look-up and a product's detail. Their keys live under
// productKeys.all, so a change of a product refreshes them too.

/** A product as the catalogue's lists and barcode look-up describe it (`taxRate`: percent, "20.00"). */
export type ProductSummary = Product

/** What a scanned code names: the product itself (packId null, unitsPerPack 1) or one of its packs. */
export type BarcodeMatch = Received<ResponseOf<'/api/catalog/barcodes/{code}', 'get'>, 'packId'>

type ProductDetailBody = ResponseOf<'/api/catalog/products/{id}', 'get'>

/** A pack of a product: `unitsPerPack` base units in one (at least 2). */
export type ProductPack = Received<
  Pick<NonNullable<ProductDetailBody['packs']>[number], 'id' | 'name' | 'unitsPerPack' | 'barcode'>,
  'barcode'
>

/** The part of a product's detail the stock screens read. */
export type ProductWithPacks = With<
  Received<Pick<ProductDetailBody, 'id' | 'sku' | 'name' | 'baseUnit' | 'minimumStock' | 'barcodes'>>,
  { packs: ProductPack[] }
>

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

/** What a scanned or typed code is: a product's barcode or a pack's; null when no product carries it. */
export function useBarcode(code: string) {
  return useQuery({
    queryKey: productKeys.barcode(code),
    queryFn: ({ signal }) => fetchBarcode(code, signal),
    enabled: code !== '',
  })
}

/**
 * A product's detail (GET api/catalog/products/{id}), read as `T`: the stock screens need its packs,
 * the administration all of it (one cache entry serves both).
 */
export function useCatalogProduct<T extends ProductWithPacks = ProductWithPacks>(productId: string | null | undefined) {
  return useQuery({
    queryKey: productKeys.detail(productId ?? ''),
    queryFn: ({ signal }) =>
      api.get(`api/catalog/products/${encodeURIComponent(productId ?? '')}`, { signal }).json<T>(),
    enabled: !!productId,
  })
}
