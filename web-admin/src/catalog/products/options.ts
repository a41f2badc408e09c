import { BASE_UNIT_LABELS, BASE_UNITS } from '@elif/web-kit'
import type { Category, TaxClass } from '../api'

/** Choices of a select with a first, empty entry ("Choose a category"). */
export const categoryOptions = (categories: Category[] | undefined, empty: string) => [
  { value: '', label: empty },
  ...(categories ?? []).map((category) => ({
    value: category.id,
    label: category.sellable ? category.name : `${category.name} (not sellable)`,
  })),
]

export const taxClassOptions = (taxClasses: TaxClass[] | undefined, empty: string) => [
  { value: '', label: empty },
  ...(taxClasses ?? []).map((taxClass) => ({ value: taxClass.id, label: `${taxClass.name} (${taxClass.rate} %)` })),
]

export const unitOptions = [
  { value: '', label: 'Choose a unit' },
  ...BASE_UNITS.map((unit) => ({ value: unit, label: BASE_UNIT_LABELS[unit] })),
]
