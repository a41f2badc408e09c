import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from './http'
import type { Received, RequestOf, ResponseOf } from './types'
import { stockKeys } from './inventory'

// The tenant's warehouses and their locations (front store, back store, bins).

export type Warehouse = Received<ResponseOf<'/api/inventory/warehouses', 'get'>[number]>

export type StockLocation = Warehouse['locations'][number]

export type NewWarehouse = RequestOf<'/api/inventory/warehouses', 'post'>

export type WarehouseChange = RequestOf<'/api/inventory/warehouses/{id}', 'put'> & { id: string }

export type NewLocation = RequestOf<'/api/inventory/warehouses/{id}/locations', 'post'> & { warehouseId: string }

export type LocationChange = RequestOf<'/api/inventory/warehouses/{id}/locations/{locationId}', 'put'> & {
  warehouseId: string
  locationId: string
}

/** A location with the warehouse it belongs to, as pickers list them. */
export interface LocationChoice {
  warehouse: Warehouse
  location: StockLocation
}

export const warehouseKeys = {
  all: ['inventory', 'warehouses'] as const,
}

const warehousePath = (id: string) => `api/inventory/warehouses/${encodeURIComponent(id)}`

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

/** A mutation whose success refetches the warehouses and every stock figure. */
function useWarehouseMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: warehouseKeys.all })
      await queryClient.invalidateQueries({ queryKey: stockKeys.all })
    },
  })
}

/** Fails with 409 when the code is taken, 400 validation. The warehouse starts with one location, MAIN. */
export const useCreateWarehouse = () =>
  useWarehouseMutation((warehouse: NewWarehouse) =>
    api.post('api/inventory/warehouses', { json: warehouse }).json<Warehouse>(),
  )

/** Renames, allows or forbids negative stock, deactivates or reactivates a warehouse. */
export const useChangeWarehouse = () =>
  useWarehouseMutation(({ id, ...change }: WarehouseChange) =>
    api.put(warehousePath(id), { json: change }).json<Warehouse>(),
  )

export const useCreateLocation = () =>
  useWarehouseMutation(({ warehouseId, ...location }: NewLocation) =>
    api.post(`${warehousePath(warehouseId)}/locations`, { json: location }).json<StockLocation>(),
  )

export const useChangeLocation = () =>
  useWarehouseMutation(({ warehouseId, locationId, ...change }: LocationChange) =>
    api
      .put(`${warehousePath(warehouseId)}/locations/${encodeURIComponent(locationId)}`, { json: change })
      .json<StockLocation>(),
  )
