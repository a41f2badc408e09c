import { BASE_UNIT_LABELS, formatMoney, formatQuantity, type ProductStock } from '@elif/web-kit'
import { ActionIcon, Badge, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core'
import { splitIntoPacks, unitWord } from '../stock/packs'
import type { SaleLine, SellableProduct } from './api'
import { quantityInput, step, type CartLine } from './cart'

interface CartLinesProps {
  lines: CartLine[]
  /** The server's line for each cart line, when the draft holds it as the cart asks. */
  priced: (SaleLine | undefined)[]
  products: Map<string, SellableProduct>
  stocks: Map<string, ProductStock> | undefined
  /** Base units the cart takes per product (all its lines). */
  needed: Map<string, number>
  problems: Map<number, string>
  /** The product a shortfall named, with what is available. */
  shortfall: { productId: string; available: number } | null
  selected: number
  onSelect: (index: number) => void
  onChange: (index: number, change: Partial<CartLine>) => void
  onRemove: (index: number) => void
  /** Keeps each line's quantity input, for the keyboard (Tab from the search box). */
  quantityRef: (index: number, element: HTMLInputElement | null) => void
  /** Back to the search box (Enter in a quantity). */
  backToSearch: () => void
}

/** The cart's lines: pack and quantity per line, the server's price and amount, availability and refusals. */
export function CartLines(props: CartLinesProps) {
  const { lines, priced, products, stocks, needed, problems, shortfall, selected } = props
  if (lines.length === 0) {
    return (
      <Text c="dimmed" data-testid="cart-empty" py="md">
        The cart is empty: scan or search a product.
      </Text>
    )
  }
  return (
    <Stack gap="xs" data-testid="cart-lines">
      {lines.map((line, index) => {
        const product = products.get(line.productId)
        const server = priced[index]
        const unit = product ? (BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit) : 'Unit'
        const stock = stocks?.get(line.productId)
        const available = stock?.available ?? 0
        const short = stocks !== undefined && (needed.get(line.productId) ?? 0) > available
        const named = shortfall?.productId === line.productId ? shortfall : null
        const problem = problems.get(index)
        return (
          <Paper
            key={`${line.productId}:${line.packId ?? ''}`}
            withBorder
            p="xs"
            data-testid="cart-line"
            data-product-id={line.productId}
            data-selected={index === selected}
            bd={index === selected ? '2px solid var(--mantine-primary-color-filled)' : undefined}
            onClick={() => props.onSelect(index)}
          >
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text fw={600}>{server?.name ?? product?.name ?? '…'}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {server?.sku ?? product?.sku}
                  </Text>
                </div>
                <Stack gap={0} align="flex-end">
                  <Text fw={700} data-testid="cart-line-amount">
                    {server ? formatMoney(server.amount) : '…'}
                  </Text>
                  <Text size="xs" c="dimmed" data-testid="cart-line-price">
                    {server ? `${formatQuantity(server.quantity)} × ${formatMoney(server.unitPrice)}` : ''}
                  </Text>
                </Stack>
              </Group>
              <Group gap="xs" wrap="wrap" align="flex-end">
                <NativeSelect
                  aria-label="Pack"
                  size="md"
                  style={{ flex: '1 1 160px' }}
                  value={line.packId ?? ''}
                  data={[
                    { value: '', label: unit },
                    ...(product?.packs ?? []).map((pack) => ({
                      value: pack.id,
                      label: `${pack.name} (${pack.unitsPerPack})`,
                    })),
                  ]}
                  onChange={(event) => props.onChange(index, { packId: event.currentTarget.value || null })}
                />
                <Group gap="xs" wrap="nowrap">
                  <ActionIcon
                    size="xl"
                    variant="default"
                    aria-label="One less"
                    onClick={() => props.onChange(index, { quantity: step(line.quantity, -1) })}
                  >
                    −
                  </ActionIcon>
                  <TextInput
                    ref={(element) => props.quantityRef(index, element)}
                    aria-label="Quantity"
                    data-testid="cart-line-quantity"
                    size="md"
                    w={90}
                    inputMode="numeric"
                    value={String(line.quantity)}
                    onFocus={() => props.onSelect(index)}
                    onChange={(event) => props.onChange(index, { quantity: quantityInput(event.currentTarget.value) })}
                    onKeyDown={(event) => {
                      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
                        event.preventDefault()
                        props.onChange(index, { quantity: step(line.quantity, event.key === 'ArrowUp' ? 1 : -1) })
                      } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                        event.preventDefault()
                        props.backToSearch()
                      }
                    }}
                  />
                  <ActionIcon
                    size="xl"
                    variant="default"
                    aria-label="One more"
                    onClick={() => props.onChange(index, { quantity: step(line.quantity, 1) })}
                  >
                    +
                  </ActionIcon>
                  <ActionIcon
                    size="xl"
                    variant="subtle"
                    color="red"
                    aria-label="Remove the line"
                    onClick={() => props.onRemove(index)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
              {stocks !== undefined && (
                <Text size="xs" c={short ? 'red' : 'dimmed'} data-testid="cart-line-available" data-short={short}>
                  {describeAvailable(available, unit, line, product)}
                  {short ? ' — not enough for this cart' : ''}
                </Text>
              )}
              {named && (
                <Badge color="red" variant="light" data-testid="cart-line-shortfall">
                  Short: only {formatQuantity(named.available)} {unitWord(unit, named.available)} available
                </Badge>
              )}
              {problem && (
                <Text size="sm" c="red" data-testid="cart-line-problem">
                  {problem}
                </Text>
              )}
            </Stack>
          </Paper>
        )
      })}
    </Stack>
  )
}

function describeAvailable(available: number, unit: string, line: CartLine, product: SellableProduct | undefined) {
  const pack = product?.packs.find((candidate) => candidate.id === line.packId)
  const units = `${formatQuantity(available)} ${unitWord(unit, available)} available`
  if (!pack) return units
  const { packs, rest } = splitIntoPacks(available, pack.unitsPerPack)
  return `${units} (${formatQuantity(packs)} × ${pack.name}${rest > 0 ? ` + ${formatQuantity(rest)}` : ''})`
}
