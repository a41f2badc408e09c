import { FormFeedback, useProblemFields } from '@elif/web-kit'
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState, type ReactNode } from 'react'
import { PRICE_LEVEL_LABELS, PRICE_LEVELS, type Customer, type CustomerChange, type NewCustomer } from './api'
import { integerInput } from './inputs'

export interface CustomerFormValues {
  code: string
  name: string
  phone: string
  email: string
  address: string
  priceLevel: string
  paymentTermsDays: string
  creditLimit: string
}

export const EMPTY_CUSTOMER: CustomerFormValues = {
  code: '',
  name: '',
  phone: '',
  email: '',
  address: '',
  priceLevel: 'LEVEL_1',
  paymentTermsDays: '30',
  creditLimit: '0',
}

export const valuesOf = (customer: Customer): CustomerFormValues => ({
  code: customer.code,
  name: customer.name,
  phone: customer.phone,
  email: customer.email,
  address: customer.address,
  priceLevel: customer.priceLevel,
  paymentTermsDays: String(customer.paymentTermsDays),
  creditLimit: customer.creditLimit,
})

const CONTACT_FIELDS = ['name', 'phone', 'email', 'address'] as const
const TERMS_FIELDS = ['priceLevel', 'paymentTermsDays', 'creditLimit'] as const

/** A clerk sends the contact details only; a manager sends the terms too. */
export function toNewCustomer(values: CustomerFormValues, withTerms: boolean): NewCustomer {
  const customer: NewCustomer = {
    name: values.name.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    address: values.address.trim(),
  }
  if (values.code.trim() !== '') customer.code = values.code.trim()
  if (!withTerms) return customer
  return { ...customer, ...terms(values) }
}

export function toChange(values: CustomerFormValues): CustomerChange {
  return {
    name: values.name.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    address: values.address.trim(),
    ...terms(values),
  }
}

function terms(values: CustomerFormValues) {
  return {
    priceLevel: values.priceLevel as Customer['priceLevel'],
    paymentTermsDays: integerInput(values.paymentTermsDays),
    creditLimit: values.creditLimit.trim(),
  }
}

interface CustomerFormProps {
  testId: string
  initial: CustomerFormValues
  /** Whether the code input shows (creation only: a code never changes). */
  withCode: boolean
  /** Whether the commercial terms show (managers and administrators). */
  withTerms: boolean
  saving: boolean
  submitLabel: string
  /** Sends the values; calls back with the saved customer or the server's problem. */
  save: (
    values: CustomerFormValues,
    callbacks: { onSuccess: (customer: Customer) => void; onError: (error: Error) => void },
  ) => void
  /** What the form says once saved. */
  savedText: (customer: Customer) => ReactNode
  resetAfterSave?: boolean
  /** Places the submit button, e.g. beside a Cancel button. */
  footer?: (submit: ReactNode) => ReactNode
}

/**
 * A customer's contact details and, for a manager, its commercial terms. The server validates: its messages show
 * under the matching inputs (a code taken too), anything else above the button.
 */
export function CustomerForm({
  testId,
  initial,
  withCode,
  withTerms,
  saving,
  submitLabel,
  save,
  savedText,
  resetAfterSave,
  footer = (submit) => submit,
}: CustomerFormProps) {
  const form = useForm<CustomerFormValues>({ initialValues: initial })
  const fields = [...(withCode ? ['code'] : []), ...CONTACT_FIELDS, ...(withTerms ? TERMS_FIELDS : [])]
  const problems = useProblemFields(form, { fields, conflicts: { 'duplicate-code': 'code' } })
  const [saved, setSaved] = useState<ReactNode>(null)

  const submit = (values: CustomerFormValues) => {
    problems.clear()
    setSaved(null)
    save(values, {
      onSuccess: (customer) => {
        if (resetAfterSave) form.reset()
        else form.setValues(valuesOf(customer))
        setSaved(savedText(customer))
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
            description="Leave empty for the next C-000001"
            maxLength={20}
            {...form.getInputProps('code')}
          />
        )}
        <TextInput label="Name" withAsterisk maxLength={120} {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput label="Phone" placeholder="+261 34 12 345 67" inputMode="tel" {...form.getInputProps('phone')} />
          <TextInput label="Email" inputMode="email" {...form.getInputProps('email')} />
        </SimpleGrid>
        <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
        {withTerms && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <NativeSelect
              label="Price level"
              data={PRICE_LEVELS.map((level) => ({ value: level, label: PRICE_LEVEL_LABELS[level] }))}
              {...form.getInputProps('priceLevel')}
            />
            <TextInput label="Payment terms (days)" inputMode="numeric" {...form.getInputProps('paymentTermsDays')} />
            <TextInput
              label="Credit limit"
              description="0: pays at once"
              inputMode="decimal"
              {...form.getInputProps('creditLimit')}
            />
          </SimpleGrid>
        )}
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

/** The footer of an editing modal: Cancel closes it, the submit button saves. */
export function CancelAndSubmit({ submit, onCancel }: { submit: ReactNode; onCancel: () => void }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      {submit}
    </Group>
  )
}
