import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useSupplier, useSupplierChoices } from './api'

interface SupplierSelectProps {
  value: string
  onChange: (id: string) => void
  error?: string
  testId: string
  /** A filter: may be cleared, and is not required. */
  clearable?: boolean
}

/**
 * Picks an active supplier by typing part of its name or code; the server searches. A supplier chosen before (a
 * reload of a page keeping it in the URL) is read to show its name.
 */
export function SupplierSelect({ value, onChange, error, testId, clearable = false }: SupplierSelectProps) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 250)
  const suppliers = useSupplierChoices(q)
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null)
  const found = (suppliers.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))
  const known = picked ?? found.find((s) => s.value === value) ?? null
  const chosen = useSupplier(value && known?.value !== value ? value : '')
  const current =
    known?.value === value
      ? known
      : chosen.data
        ? { value: chosen.data.id, label: `${chosen.data.code} · ${chosen.data.name}` }
        : null
  const choices = current && !found.some((s) => s.value === current.value) ? [current, ...found] : found
  return (
    <Select
      label="Supplier"
      withAsterisk={!clearable}
      clearable={clearable}
      placeholder={clearable ? 'Any supplier' : 'Name or code'}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={choices}
      value={value || null}
      onChange={(id) => {
        setPicked(choices.find((choice) => choice.value === id) ?? null)
        onChange(id ?? '')
      }}
      nothingFoundMessage={suppliers.isFetching ? 'Searching…' : 'No supplier found'}
      error={error}
      data-testid={testId}
      miw={320}
    />
  )
}
