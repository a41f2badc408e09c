import { FormFeedback, useProblemFields } from '@elif/web-kit'
import { Button, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState, type ReactNode } from 'react'
import type { NewSupplier, Supplier, SupplierChange } from './api'
import { integerInput } from '../catalog/shared/inputs'

export interface SupplierFormValues {
  code: string
  name: string
  contact: string
  phone: string
  email: string
  address: string
  taxNumber: string
  paymentTermsDays: string
  currency: string
}

export const EMPTY_SUPPLIER: SupplierFormValues = {
  code: '',
  name: '',
  contact: '',
  phone: '',
  email: '',
  address: '',
  taxNumber: '',
  paymentTermsDays: '30',
  currency: '',
}

export const valuesOf = (supplier: Supplier): SupplierFormValues => ({
  code: supplier.code,
  name: supplier.name,
  contact: supplier.contact,
  phone: supplier.phone,
  email: supplier.email,
  address: supplier.address,
  taxNumber: supplier.taxNumber,
  paymentTermsDays: String(supplier.paymentTermsDays),
  currency: supplier.currency,
})

const FIELDS = ['name', 'contact', 'phone', 'email', 'address', 'taxNumber', 'paymentTermsDays', 'currency'] as const

function details(values: SupplierFormValues) {
  return {
    name: values.name.trim(),
    contact: values.contact.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    address: values.address.trim(),
    taxNumber: values.taxNumber.trim(),
    paymentTermsDays: integerInput(values.paymentTermsDays),
  }
}

/** A new supplier: the currency left empty is the tenant's. */
export function toNewSupplier(values: SupplierFormValues): NewSupplier {
  const currency = values.currency.trim().toUpperCase()
  return { code: values.code.trim(), ...details(values), ...(currency ? { currency } : {}) }
}

export function toChange(values: SupplierFormValues): SupplierChange {
  return { ...details(values), currency: values.currency.trim().toUpperCase() }
}

interface SupplierFormProps {
  testId: string
  initial: SupplierFormValues
  /** Whether the code input shows (creation only: a code never changes). */
  withCode: boolean
  saving: boolean
  submitLabel: string
  save: (
    values: SupplierFormValues,
    callbacks: { onSuccess: (supplier: Supplier) => void; onError: (error: Error) => void },
  ) => void
  savedText: (supplier: Supplier) => ReactNode
  resetAfterSave?: boolean
  footer?: (submit: ReactNode) => ReactNode
}

/**
 * A supplier's details and terms. The server validates: its messages show under the matching inputs (a code taken
 * too), anything else above the button.
 */
export function SupplierForm({
  testId,
  initial,
  withCode,
  saving,
  submitLabel,
  save,
  savedText,
  resetAfterSave,
  footer = (submit) => submit,
}: SupplierFormProps) {
  const form = useForm<SupplierFormValues>({ initialValues: initial })
  const fields = [...(withCode ? ['code'] : []), ...FIELDS]
  const problems = useProblemFields(form, { fields, conflicts: { 'duplicate-code': 'code' } })
  const [saved, setSaved] = useState<ReactNode>(null)

  const submit = (values: SupplierFormValues) => {
    problems.clear()
    setSaved(null)
    save(values, {
      onSuccess: (supplier) => {
        if (resetAfterSave) form.reset()
        else form.setValues(valuesOf(supplier))
        setSaved(savedText(supplier))
      },
      onError: problems.show,
    })
  }

  return (
    <form data-testid={testId} onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        {withCode && (
          <TextInput
            label="Code"
            description="Their short name, e.g. STAR"
            withAsterisk
            maxLength={20}
            {...form.getInputProps('code')}
          />
        )}
        <TextInput label="Name" withAsterisk maxLength={120} {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput label="Contact" {...form.getInputProps('contact')} />
          <TextInput label="Phone" placeholder="+261 20 22 123 45" inputMode="tel" {...form.getInputProps('phone')} />
          <TextInput label="Email" inputMode="email" {...form.getInputProps('email')} />
          <TextInput label="Tax number" {...form.getInputProps('taxNumber')} />
        </SimpleGrid>
        <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput label="Payment terms (days)" inputMode="numeric" {...form.getInputProps('paymentTermsDays')} />
          <TextInput
            label="Currency"
            description={withCode ? "Empty: the company's" : undefined}
            maxLength={3}
            {...form.getInputProps('currency')}
          />
        </SimpleGrid>
        <FormFeedback testId={testId} error={problems.message} saved={saved} onDismissSaved={() => setSaved(null)} />
        {footer(
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>,
        )}
      </Stack>
    </form>
  )
}
