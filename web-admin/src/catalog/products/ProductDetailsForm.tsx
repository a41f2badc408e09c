import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useCategories, useTaxClasses, useUpdateProduct, type ProductDetail, type ProductFields } from '../api'
import { FormFeedback, useProblemFields } from '@elif/web-kit'
import { integerInput, integerText, optionalText } from '../shared/inputs'
import { categoryOptions, taxClassOptions } from './options'

interface FormValues {
  name: string
  description: string
  categoryId: string
  taxClassId: string
  minimumStock: string
  maximumStock: string
  storageLocation: string
  barcodes: string[]
}

const FIELDS = [
  'name',
  'description',
  'categoryId',
  'taxClassId',
  'minimumStock',
  'maximumStock',
  'storageLocation',
  'barcodes',
]

const valuesOf = (product: ProductDetail): FormValues => ({
  name: product.name,
  description: product.description ?? '',
  categoryId: product.categoryId,
  taxClassId: product.taxClassId,
  minimumStock: integerText(product.minimumStock),
  maximumStock: integerText(product.maximumStock),
  storageLocation: product.storageLocation ?? '',
  barcodes: product.barcodes,
})

const toFields = (values: FormValues): ProductFields => ({
  name: values.name.trim(),
  description: optionalText(values.description),
  categoryId: values.categoryId,
  taxClassId: values.taxClassId,
  minimumStock: integerInput(values.minimumStock),
  maximumStock: integerInput(values.maximumStock),
  storageLocation: optionalText(values.storageLocation),
  barcodes: values.barcodes.map((code) => code.trim()).filter((code) => code !== ''),
})

/** A product's details and barcodes; SKU and base unit never change. */
export function ProductDetailsForm({ product }: { product: ProductDetail }) {
  const form = useForm<FormValues>({ initialValues: valuesOf(product) })
  const categories = useCategories()
  const taxClasses = useTaxClasses()
  const update = useUpdateProduct(product.id)
  const problems = useProblemFields(form, { fields: FIELDS, conflicts: { 'duplicate-barcode': 'barcodes' } })
  const [saved, setSaved] = useState<string | null>(null)

  const submit = (values: FormValues) => {
    problems.clear()
    setSaved(null)
    update.mutate(toFields(values), {
      onSuccess: (answer) => {
        form.setValues(valuesOf(answer))
        setSaved('Details saved.')
      },
      onError: problems.show,
    })
  }

  return (
    <Paper withBorder p="md">
      <form data-testid="product-details-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Title order={3}>Details</Title>
          <TextInput label="Name" withAsterisk {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={1} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <NativeSelect
              label="Category"
              data={categoryOptions(categories.data, 'Choose a category')}
              {...form.getInputProps('categoryId')}
            />
            <NativeSelect
              label="Tax class"
              data={taxClassOptions(taxClasses.data, 'Choose a tax class')}
              {...form.getInputProps('taxClassId')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <TextInput label="Minimum stock" inputMode="numeric" {...form.getInputProps('minimumStock')} />
            <TextInput label="Maximum stock" inputMode="numeric" {...form.getInputProps('maximumStock')} />
            <TextInput label="Storage location" {...form.getInputProps('storageLocation')} />
          </SimpleGrid>
          <TagsInput
            label="Barcodes"
            description="Scan or type a barcode, then Enter. Packs have their own barcode below."
            splitChars={[',', ' ']}
            {...form.getInputProps('barcodes')}
          />
          <FormFeedback
            testId="product-details"
            error={problems.message}
            saved={saved}
            onDismissSaved={() => setSaved(null)}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              Save details
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
