import { NativeSelect, type NativeSelectProps } from '@mantine/core'
import { activeLocations, locationLabel, useWarehouses } from '../api/warehouses'

interface LocationSelectProps extends Omit<NativeSelectProps, 'data'> {
  /** The first option's text, whose value is "" (e.g. "Choose a location…" or "Default location"). */
  placeholderOption: string
  /** Only locations of this warehouse. */
  warehouseId?: string
}

/** A native select of the active locations of the active warehouses, labelled "MAIN / BACK · Back store". */
export function LocationSelect({ placeholderOption, warehouseId, ...props }: LocationSelectProps) {
  const warehouses = useWarehouses()
  const choices = activeLocations(warehouses.data).filter(
    (choice) => !warehouseId || choice.warehouse.id === warehouseId,
  )
  return (
    <NativeSelect
      {...props}
      data={[
        { value: '', label: warehouses.isPending ? 'Loading locations…' : placeholderOption },
        ...choices.map((choice) => ({ value: choice.location.id, label: locationLabel(choice) })),
      ]}
      error={props.error ?? (warehouses.isError ? 'Locations could not be loaded' : undefined)}
    />
  )
}
