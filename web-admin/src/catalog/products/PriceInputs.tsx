import { SimpleGrid, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { PRICE_LEVEL_LABELS, PRICE_LEVELS, type PriceLevel, type Prices } from '../api'

export type PriceTexts = Record<PriceLevel, string>

export const EMPTY_PRICES: PriceTexts = {
  LEVEL_1: '',
  LEVEL_2: '',
  LEVEL_3: '',
  LEVEL_4: '',
  LEVEL_5: '',
  WHOLESALE: '',
}

/** Form field names of the price inputs: "prices.LEVEL_1"... */
export const PRICE_FIELDS = PRICE_LEVELS.map((level) => `prices.${level}`)

/** The prices typed, exact as typed; blank levels are left out. */
export function pricesOf(texts: PriceTexts): Prices {
  const prices: Prices = {}
  for (const level of PRICE_LEVELS) {
    const amount = texts[level].trim()
    if (amount !== '') prices[level] = amount
  }
  return prices
}

interface PriceInputsProps<V extends { prices: PriceTexts }> {
  form: UseFormReturnType<V>
  /** Levels that must have a price (marked as required). */
  required?: PriceLevel[]
}

/** One amount per price level, e.g. for a new product or pack. */
export function PriceInputs<V extends { prices: PriceTexts }>({ form, required = [] }: PriceInputsProps<V>) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
      {PRICE_LEVELS.map((level) => (
        <TextInput
          key={level}
          label={`Price ${PRICE_LEVEL_LABELS[level].toLowerCase()}`}
          placeholder="0.00"
          inputMode="decimal"
          withAsterisk={required.includes(level)}
          {...form.getInputProps(`prices.${level}`)}
        />
      ))}
    </SimpleGrid>
  )
}
