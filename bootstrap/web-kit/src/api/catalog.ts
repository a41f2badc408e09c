import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from './http'
import { enumMembers, type Received, type RequestOf, type ResponseOf } from './types'

/** A page of the catalogue's product list. */
type ProductPage = Received<ResponseOf<'/api/catalog/products', 'get'>>

/** A product as the catalogue's lists and barcode look-up describe it; `price` is an exact decimal ("1500.00"). */
export type Product = ProductPage['items'][number]

export type BaseUnit = Product['baseUnit']

export const BASE_UNIT_LABELS: Record<BaseUnit, string> = {
  BOTTLE: 'Bottle',
  CAN: 'Can',
  PIECE: 'Piece',
  LITRE: 'Litre',
  KILOGRAM: 'Kilogram',
  PACK: 'Pack',
}

/** A page of results with its page count, as the catalogue's and identity's lists answer. */
export type Page<T> = Omit<ProductPage, 'items'> & { items: T[] }

/** A page of results without its page count (the inventory API's): derive it with `pageCount`. */
export type ResultPage<T> = Omit<Page<T>, 'totalPages'>

export const pageCount = (page: Pick<ResultPage<unknown>, 'size' | 'totalItems'>) =>
  page.size > 0 ? Math.ceil(page.totalItems / page.size) : 0

export interface ProductSearch {
  q: string
  /** 0-based */
  page: number
  size: number
}

export const productKeys = {
  all: ['products'] as const,
  search: (search: ProductSearch) => [...productKeys.all, search] as const,
  detail: (id: string) => [...productKeys.all, 'detail', id] as const,
  barcode: (code: string) => [...productKeys.all, 'barcode', code] as const,
}

export function useProducts(search: ProductSearch) {
  return useQuery({
    queryKey: productKeys.search(search),
    queryFn: ({ signal }) =>
      api
        .get('api/catalog/products', {
          searchParams: { ...(search.q ? { q: search.q } : {}), page: search.page, size: search.size },
          signal,
        })
        .json<Page<Product>>(),
    placeholderData: keepPreviousData,
  })
}

export const BASE_UNITS = enumMembers(BASE_UNIT_LABELS)

/** The catalogue's price levels: a price's level, a customer's level. */
export type PriceLevel = RequestOf<'/api/catalog/products/{id}/prices', 'post'>['level']

export const PRICE_LEVEL_LABELS: Record<PriceLevel, string> = {
  LEVEL_1: 'Level 1',
  LEVEL_2: 'Level 2',
  LEVEL_3: 'Level 3',
  LEVEL_4: 'Level 4',
  LEVEL_5: 'Level 5',
  WHOLESALE: 'Wholesale',
}

export const PRICE_LEVELS = enumMembers(PRICE_LEVEL_LABELS)

/** A product category: its id, name and whether its products are sold. */
export type Category = Received<ResponseOf<'/api/catalog/categories', 'get'>[number]>

/**
 * The tenant's product categories (every role reads them), e.g. to name a report's rows by category; `sellableOnly`:
 * those whose products are sold (the counter's tabs). One query, whichever the apps ask for.
 */
export const useCategories = ({ sellableOnly = false }: { sellableOnly?: boolean } = {}) =>
  useQuery({
    queryKey: ['catalog', 'categories'],
    queryFn: ({ signal }) => api.get('api/catalog/categories', { signal }).json<Category[]>(),
    select: sellableOnly ? (categories: Category[]) => categories.filter((category) => category.sellable) : undefined,
    staleTime: 60_000,
  })
