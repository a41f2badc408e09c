import type { Product } from '@elif/web-kit'
import { ActionIcon, Button, Group, NumberInput } from '@mantine/core'
import type { FormArrayElement, UseFormReturnType } from '@mantine/form'
import { randomId } from '@mantine/hooks'
import type { ReactNode } from 'react'
import { ProductPicker } from './ProductPicker'

/** A line of a stock document in a form: a product and a quantity in base units ("" until typed). */
export interface ProductLine {
  /** For React: a line keeps its inputs when one above it is removed. */
  key: string
  product: Product | null
  quantity: number | string
}

/** A line with nothing chosen yet, and the form's other fields of a line (lot, unit cost...) as given. */
export const emptyLine = <T extends ProductLine>(others: Omit<T, keyof ProductLine>) =>
  ({ key: randomId(), product: null, quantity: '', ...others }) as T

/** What every line needs before it is sent, as the form's `validate` of `lines`. */
export const LINE_RULES = {
  product: (product: Product | null) => (product ? null : 'Choose a product'),
  quantity: (quantity: number | string) => (quantity === '' ? 'Enter a quantity' : null),
}

/** A line's fields for `useProblemFields`: the server names the product by its id. */
export const LINE_PROBLEMS = {
  fields: ['lines.*.product', 'lines.*.quantity'],
  renames: { 'lines.*.productId': 'lines.*.product' },
}

/** A line as the API takes it: the product's id and the quantity as a number. */
export const productQuantity = (line: ProductLine) => ({
  productId: line.product?.id ?? '',
  quantity: Number(line.quantity),
})

interface ProductLinesEditorProps<V extends { lines: ProductLine[] }> {
  form: UseFormReturnType<V>
  /** The line that "Add line" adds. */
  newLine: () => FormArrayElement<V, 'lines'>
  /** Each line's data-testid. */
  lineTestId: string
  quantityDescription?: string
  /** Inputs a line has besides its product and quantity, at `lines.<index>.<field>`. */
  extraFields?: (index: number) => ReactNode
}

/** A document's lines (product, quantity, any extra fields, a remove button) and the button to add one. */
export function ProductLinesEditor<V extends { lines: ProductLine[] }>({
  form,
  newLine,
  lineTestId,
  quantityDescription,
  extraFields,
}: ProductLinesEditorProps<V>) {
  const { lines } = form.values
  return (
    <>
      {lines.map((line, index) => (
        <Group key={line.key} align="flex-start" wrap="wrap" data-testid={lineTestId}>
          <ProductPicker label="Product" withAsterisk {...form.getInputProps(`lines.${index}.product`)} />
          <NumberInput
            label="Quantity"
            description={quantityDescription}
            withAsterisk
            allowDecimal={false}
            w={130}
            {...form.getInputProps(`lines.${index}.quantity`)}
          />
          {extraFields?.(index)}
          {lines.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={`Remove line ${index + 1}`}
              onClick={() => form.removeListItem('lines', index)}
            >
              ✕
            </ActionIcon>
          )}
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={() => form.insertListItem('lines', newLine())}>
          Add line
        </Button>
      </Group>
    </>
  )
}
