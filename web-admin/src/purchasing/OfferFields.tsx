import { Checkbox, SimpleGrid, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { integerInput } from '../catalog/shared/inputs'
import type { OfferChange, SupplierOffer } from './api'

/** An offer's terms as typed: costs per pack excluding tax, minimum and multiple in packs, lead time in days. */
export interface OfferTermsValues {
  reference: string
  agreedUnitCost: string
  minimumOrderQuantity: string
  orderMultiple: string
  leadTimeDays: string
  preferred: boolean
}

export const EMPTY_TERMS: OfferTermsValues = {
  reference: '',
  agreedUnitCost: '',
  minimumOrderQuantity: '1',
  orderMultiple: '1',
  leadTimeDays: '0',
  preferred: false,
}

export const termsOf = (offer: SupplierOffer): OfferTermsValues => ({
  reference: offer.reference,
  agreedUnitCost: offer.agreedUnitCost ?? '',
  minimumOrderQuantity: String(offer.minimumOrderQuantity),
  orderMultiple: String(offer.orderMultiple),
  leadTimeDays: String(offer.leadTimeDays),
  preferred: offer.preferred,
})

export const TERMS_FIELDS = [
  'reference',
  'agreedUnitCost',
  'minimumOrderQuantity',
  'orderMultiple',
  'leadTimeDays',
  'preferred',
] as const

/** The terms as the API takes them: an empty cost is no agreed cost, empty numbers their defaults. */
export function toTerms(values: OfferTermsValues): OfferChange {
  const cost = values.agreedUnitCost.trim()
  return {
    reference: values.reference.trim(),
    ...(cost ? { agreedUnitCost: cost } : {}),
    minimumOrderQuantity: integerInput(values.minimumOrderQuantity) ?? undefined,
    orderMultiple: integerInput(values.orderMultiple) ?? undefined,
    leadTimeDays: integerInput(values.leadTimeDays) ?? undefined,
    preferred: values.preferred,
  }
}

/** The inputs of an offer's terms, at `reference`, `agreedUnitCost`... of the form. */
export function OfferTermsInputs<V extends OfferTermsValues>({ form }: { form: UseFormReturnType<V> }) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <TextInput label="Their reference" maxLength={50} {...form.getInputProps('reference')} />
        <TextInput
          label="Agreed cost"
          description="Per pack, excluding tax"
          inputMode="decimal"
          {...form.getInputProps('agreedUnitCost')}
        />
        <TextInput label="Lead time (days)" inputMode="numeric" {...form.getInputProps('leadTimeDays')} />
        <TextInput
          label="Minimum order"
          description="In packs"
          inputMode="numeric"
          {...form.getInputProps('minimumOrderQuantity')}
        />
        <TextInput
          label="Order multiple"
          description="Whole crates or pallets"
          inputMode="numeric"
          {...form.getInputProps('orderMultiple')}
        />
      </SimpleGrid>
      <Checkbox
        label="Preferred supplier of this product"
        description="Reorder suggestions order from the preferred supplier"
        {...form.getInputProps('preferred', { type: 'checkbox' })}
      />
    </>
  )
}
