import { type BaseUnit, useProblemFields } from '@elif/web-kit'
import { Anchor, Button, NativeSelect, SimpleGrid, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { Link } from 'react-router'
import {
  useCategories,
  useCreateCatalogProduct,
  useTaxClasses,
  type NewCatalogProduct,
  type ProductDetail,
} from '../api'
import { FormFeedback } from '@elif/web-kit'
import { integerInput, optionalText } from '../shared/inputs'
import { EMPTY_PRICES, PRICE_FIELDS, PriceInputs, pricesOf, type PriceTexts } from './PriceInputs'
import { categoryOptions, taxClassOptions, unitOptions } from './options'
import { productHref } from './ProductCatalogList'

interface FormValues {
  sku: string
  name: string
  description: string
  categoryId: string
  taxClassId: string
  baseUnit: string
  minimumStock: string
  maximumStock: string
  storageLocation: string
  barcodes: string[]
  prices: PriceTexts
}

const EMPTY: FormValues = {
  sku: '',
  name: '',
  description: '',
  categoryId: '',
  taxClassId: '',
  baseUnit: '',
  minimumStock: '',
  maximumStock: '',
  storageLocation: '',
  barcodes: [],
  prices: EMPTY_PRICES,
}

const FIELDS = [...Object.keys(EMPTY).filter((key) => key !== 'prices'), ...PRICE_FIELDS]

/** Conflicts the server names by problem type, shown under their field. */
const CONFLICTS = { 'duplicate-sku': 'sku', 'duplicate-barcode': 'barcodes' }

function toNewProduct(values: FormValues): NewCatalogProduct {
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    description: optionalText(values.description),
    categoryId: values.categoryId,
    taxClassId: values.taxClassId,
    baseUnit: (values.baseUnit || null) as BaseUnit | null,
    minimumStock: integerInput(values.minimumStock),
    maximumStock: integerInput(values.maximumStock),
    storageLocation: optionalText(values.storageLocation),
    barcodes: values.barcodes.map((code) => code.trim()).filter((code) => code !== ''),
    prices: pricesOf(values.prices),
  }
}

/**
 * Creates a product with its barcodes and prices (level 1 required). The server validates: its messages
 * appear under the matching inputs (a duplicate SKU or barcode too), anything else above the button.
 */
export function NewProductForm() {
  const form = useForm<FormValues>({ initialValues: EMPTY })
  const categories = useCategories()
  const taxClasses = useTaxClasses()
  const createProduct = useCreateCatalogProduct()
  const problems = useProblemFields(form, { fields: FIELDS, conflicts: CONFLICTS })
  const [created, setCreated] = useState<ProductDetail | null>(null)

  const submit = (values: FormValues) => {
    problems.clear()
    setCreated(null)
    createProduct.mutate(toNewProduct(values), {
      onSuccess: (product) => {
        form.reset()
        setCreated(product)
      },
      onError: problems.show,
    })
  }

  return (
    <form data-testid="new-product-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>New product</Title>
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label="SKU" placeholder="COKE-033" withAsterisk {...form.getInputProps('sku')} />
          <NativeSelect label="Base unit" data={unitOptions} withAsterisk {...form.getInputProps('baseUnit')} />
        </SimpleGrid>
        <TextInput label="Name" placeholder="Coca-Cola 33cl" withAsterisk {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={1} {...form.getInputProps('description')} />
        <NativeSelect
          label="Category"
          data={categoryOptions(categories.data, 'Choose a category')}
          withAsterisk
          {...form.getInputProps('categoryId')}
        />
        <NativeSelect
          label="Tax class"
          data={taxClassOptions(taxClasses.data, 'Choose a tax class')}
          withAsterisk
          {...form.getInputProps('taxClassId')}
        />
        <SimpleGrid cols={3} spacing="xs">
          <TextInput
            label="Minimum stock"
            inputMode="numeric"
            placeholder="0"
            {...form.getInputProps('minimumStock')}
          />
          <TextInput label="Maximum stock" inputMode="numeric" {...form.getInputProps('maximumStock')} />
          <TextInput label="Storage location" placeholder="A12" {...form.getInputProps('storageLocation')} />
        </SimpleGrid>
        <TagsInput
          label="Barcodes"
          description="Scan or type a barcode, then Enter."
          splitChars={[',', ' ']}
          {...form.getInputProps('barcodes')}
        />
        <PriceInputs form={form} required={['LEVEL_1']} />
        <FormFeedback testId="new-product" error={problems.message} />
        {created && (
          <FormFeedback
            testId="new-product"
            error={null}
            saved={`Product ${created.sku} created.`}
            onDismissSaved={() => setCreated(null)}
          />
        )}
        {created && (
          <Anchor component={Link} to={productHref(created.id)} data-testid="new-product-open">
            Open {created.name} to add packs and containers
          </Anchor>
        )}
        <Button type="submit" loading={createProduct.isPending}>
          Create product
        </Button>
      </Stack>
    </form>
  )
}
