import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from './http'

export type BaseUnit = 'BOTTLE' | 'CAN' | 'PIECE' | 'LITRE' | 'KILOGRAM' | 'PACK'

export const BASE_UNIT_LABELS: Record<BaseUnit, string> = {
  BOTTLE: 'Bottle',
  CAN: 'Can',
  PIECE: 'Piece',
  LITRE: 'Litre',
  KILOGRAM: 'Kilogram',
  PACK: 'Pack',
}

export interface Product {
  id: string
  sku: string
  name: string
  categoryName: string
  baseUnit: BaseUnit
  /** Exact decimal amount, e.g. "1500.00": never parsed into a float. */
  price: string
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  totalItems: number
  totalPages: number
}

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

export const BASE_UNITS = Object.keys(BASE_UNIT_LABELS) as BaseUnit[]
