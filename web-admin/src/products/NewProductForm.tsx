import {
  BASE_UNIT_LABELS,
  BASE_UNITS,
  describeError,
  httpStatus,
  ProblemError,
  useCreateProduct,
  type BaseUnit,
  type NewProduct,
} from '@elif/web-kit'
import { Alert, Button, NativeSelect, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'

interface FormValues {
  sku: string
  name: string
  categoryName: string
  baseUnit: BaseUnit | ''
  price: string
}

const EMPTY: FormValues = { sku: '', name: '', categoryName: '', baseUnit: '', price: '' }

const UNIT_OPTIONS = [
  { value: '', label: 'Choose a unit' },
  ...BASE_UNITS.map((unit) => ({ value: unit, label: BASE_UNIT_LABELS[unit] })),
]

function toNewProduct(values: FormValues): NewProduct {
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    categoryName: values.categoryName.trim(),
    baseUnit: values.baseUnit || null,
    price: values.price.trim(), // sent as typed: the server parses the exact decimal
  }
}

/**
 * Creates a product. The server validates: its field errors appear under the matching
 * inputs, anything else (a duplicate SKU, an unreachable server) above the button.
 */
export function NewProductForm() {
  const form = useForm<FormValues>({ mode: 'uncontrolled', initialValues: EMPTY })
  const createProduct = useCreateProduct()
  const [formError, setFormError] = useState<string | null>(null)
  const [createdSku, setCreatedSku] = useState<string | null>(null)

  const showError = (error: Error) => {
    const fieldProblems = error instanceof ProblemError ? (error.problem.errors ?? []) : []
    const fieldErrors: Record<string, string> = {}
    const otherProblems: string[] = []
    for (const { field, message } of fieldProblems) {
      if (Object.hasOwn(EMPTY, field)) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]}; ${message}` : message
      else otherProblems.push(`${field}: ${message}`)
    }
    form.setErrors(fieldErrors)
    const onlyFieldErrors = httpStatus(error) !== 409 && fieldProblems.length > 0 && otherProblems.length === 0
    setFormError(onlyFieldErrors ? null : [describeError(error), ...otherProblems].join(' '))
  }

  const submit = (values: FormValues) => {
    setFormError(null)
    setCreatedSku(null)
    createProduct.mutate(toNewProduct(values), {
      onSuccess: (product) => {
        form.reset()
        setCreatedSku(product.sku)
      },
      onError: showError,
    })
  }

  return (
    <form data-testid="new-product-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>New product</Title>
        <TextInput label="SKU" placeholder="COKE-033" key={form.key('sku')} {...form.getInputProps('sku')} />
        <TextInput label="Name" placeholder="Coca-Cola 33cl" key={form.key('name')} {...form.getInputProps('name')} />
        <TextInput
          label="Category"
          placeholder="Soft drinks"
          key={form.key('categoryName')}
          {...form.getInputProps('categoryName')}
        />
        <NativeSelect
          label="Base unit"
          data={UNIT_OPTIONS}
          key={form.key('baseUnit')}
          {...form.getInputProps('baseUnit')}
        />
        <TextInput
          label="Price"
          placeholder="1500.00"
          inputMode="decimal"
          key={form.key('price')}
          {...form.getInputProps('price')}
        />
        {formError && (
          <Alert color="red" data-testid="new-product-error">
            {formError}
          </Alert>
        )}
        {createdSku && (
          <Alert color="green" data-testid="new-product-created" withCloseButton onClose={() => setCreatedSku(null)}>
            Product {createdSku} created.
          </Alert>
        )}
        <Button type="submit" loading={createProduct.isPending}>
          Create product
        </Button>
      </Stack>
    </form>
  )
}
