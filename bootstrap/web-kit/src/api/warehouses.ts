import { useQuery } from '@tanstack/react-query'
import { stockKeys } from './inventory'
import { api } from './http'
import type { Received, ResponseOf } from './types'

// The tenant's warehouses and their locations (front store, back store, bins).

export type Warehouse = Received<ResponseOf<'/api/inventory/warehouses', 'get'>[number]>

export type StockLocation = Warehouse['locations'][number]

/** A location with the warehouse it belongs to, as pickers list them. */
export interface LocationChoice {
  warehouse: Warehouse
  location: StockLocation
}

export const warehouseKeys = {
  all: ['inventory', 'warehouses'] as const,
}

export function useWarehouses() {
  return useQuery({
    queryKey: warehouseKeys.all,
    queryFn: ({ signal }) => api.get('api/inventory/warehouses', { signal }).json<Warehouse[]>(),
  })
}

/** "MAIN / BACK · Back store": how pickers and tables name a location. */
export const locationLabel = ({ warehouse, location }: LocationChoice) =>
  `${warehouse.code} / ${location.code} · ${location.name}`

/** Every active location of every active warehouse, in the server's order. */
export function activeLocations(warehouses: readonly Warehouse[] | undefined): LocationChoice[] {
  return (warehouses ?? [])
    .filter((warehouse) => warehouse.active)
    .flatMap((warehouse) =>
      warehouse.locations.filter((location) => location.active).map((location) => ({ warehouse, location })),
    )
}

/** The empty crates and bottles standing in each warehouse, by container type. */
export type EmptiesStock = Received<ResponseOf<'/api/inventory/empties', 'get'>>[number]

/** Under the stock's keys: whatever changes stock (a sale's exchange, a return to a supplier) reads it again. */
export function useEmpties() {
  return useQuery({
    queryKey: [...stockKeys.all, 'empties'] as const,
    queryFn: ({ signal }) => api.get('api/inventory/empties', { signal }).json<EmptiesStock[]>(),
  })
}
