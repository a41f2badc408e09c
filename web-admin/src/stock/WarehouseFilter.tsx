import { useWarehouses } from '@elif/web-kit'
import { NativeSelect } from '@mantine/core'

/** A list's warehouse filter: "All warehouses" ("") or one of them. */
export function WarehouseFilter({ value, onChange }: { value: string; onChange: (warehouseId: string) => void }) {
  const warehouses = useWarehouses()
  return (
    <NativeSelect
      label="Warehouse"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: 'All warehouses' },
        ...(warehouses.data ?? []).map((warehouse) => ({
          value: warehouse.id,
          label: `${warehouse.code} · ${warehouse.name}`,
        })),
      ]}
    />
  )
}
