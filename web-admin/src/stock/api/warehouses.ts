import { api, stockKeys, warehouseKeys, type RequestOf, type StockLocation, type Warehouse } from '@elif/web-kit'
import { useMutation, useQueryClient } from '@tanstack/react-query'

// Changes of the tenant's warehouses and locations (administrators and managers); the kit reads them.

export type NewWarehouse = RequestOf<'/api/inventory/warehouses', 'post'>

export type WarehouseChange = RequestOf<'/api/inventory/warehouses/{id}', 'put'> & { id: string }

export type NewLocation = RequestOf<'/api/inventory/warehouses/{id}/locations', 'post'> & { warehouseId: string }

export type LocationChange = RequestOf<'/api/inventory/warehouses/{id}/locations/{locationId}', 'put'> & {
  warehouseId: string
  locationId: string
}

const warehousePath = (id: string) => `api/inventory/warehouses/${encodeURIComponent(id)}`

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
