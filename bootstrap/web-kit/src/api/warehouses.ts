import { useQuery } from '@tanstack/react-query'
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
