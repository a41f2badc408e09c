import type { Product } from '@elif/web-kit'
import { ActionIcon, Button, Group, NumberInput } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { ProductPicker } from './ProductPicker'

let nextKey = 0

/** A line of a stock document: a product and a quantity in base units ("" until typed). */
export interface ProductLine {
  product: Product | null
  quantity: number | string
}

export type Keyed<T> = T & { key: number }

/** The lines of a document being entered, each with a key of its own for React. */
export function useLines<T extends ProductLine>(empty: () => T) {
  const fresh = (): Keyed<T> => ({ ...empty(), key: nextKey++ })
  const [lines, setLines] = useState(() => [fresh()])
  return {
    lines,
    add: () => setLines((current) => [...current, fresh()]),
    change: (key: number, patch: Partial<T>) =>
      setLines((current) => current.map((line) => (line.key === key ? { ...line, ...patch } : line))),
    remove: (key: number) => setLines((current) => current.filter((line) => line.key !== key)),
    reset: () => setLines([fresh()]),
    /** Whether a line still lacks its product or its quantity. */
    incomplete: lines.some((line) => !line.product || line.quantity === ''),
  }
}

export type Lines<T extends ProductLine> = ReturnType<typeof useLines<T>>

/** A line as the API takes it: the product's id and the quantity as a number. */
export const productQuantity = (line: ProductLine) => ({
  productId: line.product?.id ?? '',
  quantity: Number(line.quantity),
})

interface ProductLinesEditorProps<T extends ProductLine> {
  editor: Lines<T>
  /** Each line's data-testid. */
  lineTestId: string
  /** The server's message for a field path such as "lines[0].quantity". */
  fieldError: (path: string) => string | undefined
  quantityDescription?: string
  /** Fields a line has besides its product and quantity. */
  extraFields?: (line: Keyed<T>, index: number) => ReactNode
}

/** A document's lines (product, quantity, any extra fields, a remove button) and the button to add one. */
export function ProductLinesEditor<T extends ProductLine>({
  editor,
  lineTestId,
  fieldError,
  quantityDescription,
  extraFields,
}: ProductLinesEditorProps<T>) {
  const { lines, add, change, remove } = editor
  return (
    <>
      {lines.map((line, index) => (
        <Group key={line.key} align="flex-start" wrap="wrap" data-testid={lineTestId}>
          <ProductPicker
            label="Product"
            withAsterisk
            value={line.product}
            onChange={(product) => change(line.key, { product } as Partial<T>)}
            error={fieldError(`lines[${index}].productId`)}
          />
          <NumberInput
            label="Quantity"
            description={quantityDescription}
            withAsterisk
            allowDecimal={false}
            w={130}
            value={line.quantity}
            onChange={(quantity) => change(line.key, { quantity } as Partial<T>)}
            error={fieldError(`lines[${index}].quantity`)}
          />
          {extraFields?.(line, index)}
          {lines.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={`Remove line ${index + 1}`}
              onClick={() => remove(line.key)}
            >
              ✕
            </ActionIcon>
          )}
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={add}>
          Add line
        </Button>
      </Group>
    </>
  )
}
