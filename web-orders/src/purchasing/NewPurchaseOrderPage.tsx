import { FormFeedback, formatMoney, useProblemFields, useWarehouses } from '@elif/web-kit'
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { randomId } from '@mantine/hooks'
import { Link, useNavigate } from 'react-router'
import { useCreatePurchaseOrder, useSupplierOffers, type SupplierOffer } from './api'
import { purchaseOrderHref } from './paths'
import { packText } from './PurchaseOrderPage'
import { SupplierSelect } from './SupplierSelect'

interface LineValues {
  key: string
  offerId: string
  quantity: string
  unitCost: string
}

interface OrderValues {
  supplierId: string
  warehouseId: string
  expectedDate: string
  notes: string
  lines: LineValues[]
}

const newLine = (): LineValues => ({ key: randomId(), offerId: '', quantity: '', unitCost: '' })

const offerLabel = (offer: SupplierOffer) =>
  `${offer.sku} · ${offer.productName} · ${packText(offer.unitsPerPack)}${offer.reference ? ` · ${offer.reference}` : ''}`

/**
 * A purchase order from scratch: a supplier, then lines from what it sells (packs, a quantity within its minimum and
 * multiple, the cost per pack excluding tax: empty is the agreed one). Created as a draft, opened at once.
 */
export function NewPurchaseOrderPage() {
  const navigate = useNavigate()
  const create = useCreatePurchaseOrder()
  const warehouses = useWarehouses()
  const form = useForm<OrderValues>({
    initialValues: { supplierId: '', warehouseId: '', expectedDate: '', notes: '', lines: [newLine()] },
    validate: {
      supplierId: (id) => (id ? null : 'Choose a supplier'),
      lines: {
        offerId: (id) => (id ? null : 'Choose a product'),
        quantity: (quantity) => (quantity.trim() === '' ? 'Enter a quantity' : null),
      },
    },
  })
  const offers = useSupplierOffers(form.values.supplierId)
  const offerById = new Map((offers.data ?? []).map((offer) => [offer.id, offer]))
  const problems = useProblemFields(form, {
    fields: [
      'supplierId',
      'warehouseId',
      'expectedDate',
      'notes',
      'lines',
      'lines.*.offerId',
      'lines.*.quantity',
      'lines.*.unitCost',
    ],
    renames: { 'lines.*.packId': 'lines.*.offerId', 'lines.*.productId': 'lines.*.offerId' },
  })

  const submit = (values: OrderValues) => {
    problems.clear()
    create.mutate(
      {
        supplierId: values.supplierId,
        ...(values.warehouseId ? { warehouseId: values.warehouseId } : {}),
        ...(values.expectedDate ? { expectedDate: values.expectedDate } : {}),
        notes: values.notes.trim(),
        lines: values.lines.map((line) => {
          const offer = offerById.get(line.offerId)
          const cost = line.unitCost.trim()
          const quantity = line.quantity.trim()
          return {
            productId: offer?.productId ?? '',
            ...(offer?.packId ? { packId: offer.packId } : {}),
            quantity: (/^\d{1,9}$/.test(quantity) ? Number(quantity) : quantity) as number,
            ...(cost ? { unitCost: cost } : {}),
          }
        }),
      },
      { onSuccess: (order) => void navigate(purchaseOrderHref(order.id)), onError: problems.show },
    )
  }

  const offerChoices = (offers.data ?? []).map((offer) => ({ value: offer.id, label: offerLabel(offer) }))
  return (
    <Stack data-testid="new-purchase-order" maw={1100}>
      <Anchor component={Link} to="/purchase-orders" size="sm">
        ← Purchase orders
      </Anchor>
      <Title order={2}>New purchase order</Title>
      <Paper withBorder p="md">
        <form data-testid="new-order-form" onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <Group align="flex-start" grow>
              <SupplierSelect
                testId="new-order-supplier"
                value={form.values.supplierId}
                onChange={(id) => {
                  form.setFieldValue('supplierId', id)
                  form.setFieldValue('lines', [newLine()])
                }}
                error={form.errors.supplierId as string | undefined}
              />
              <NativeSelect
                label="Deliver to"
                data={[
                  { value: '', label: 'The default warehouse' },
                  ...(warehouses.data ?? [])
                    .filter((warehouse) => warehouse.active)
                    .map((warehouse) => ({ value: warehouse.id, label: `${warehouse.code} · ${warehouse.name}` })),
                ]}
                {...form.getInputProps('warehouseId')}
              />
              <TextInput label="Expected on" type="date" {...form.getInputProps('expectedDate')} />
            </Group>
            <Textarea label="Notes for the supplier" autosize minRows={1} {...form.getInputProps('notes')} />
            <Title order={4}>Lines</Title>
            {form.values.supplierId && offers.data?.length === 0 && (
              <Text c="orange" size="sm">
                This supplier sells nothing yet: list its products in the administration (Suppliers).
              </Text>
            )}
            {form.values.lines.map((line, index) => {
              const offer = offerById.get(line.offerId)
              return (
                <Group key={line.key} align="flex-start" data-testid="new-order-line">
                  <Select
                    label="Product and pack"
                    withAsterisk
                    searchable
                    data={offerChoices}
                    miw={420}
                    disabled={!form.values.supplierId}
                    {...form.getInputProps(`lines.${index}.offerId`)}
                    onChange={(id) => form.setFieldValue(`lines.${index}.offerId`, id ?? '')}
                    data-testid="new-order-line-offer"
                  />
                  <TextInput
                    label="Packs"
                    withAsterisk
                    inputMode="numeric"
                    w={110}
                    description={
                      offer && (offer.minimumOrderQuantity > 1 || offer.orderMultiple > 1)
                        ? `min ${offer.minimumOrderQuantity}, × ${offer.orderMultiple}`
                        : undefined
                    }
                    {...form.getInputProps(`lines.${index}.quantity`)}
                    data-testid="new-order-line-quantity"
                  />
                  <TextInput
                    label="Cost per pack"
                    description="Excluding tax"
                    inputMode="decimal"
                    w={160}
                    placeholder={offer?.agreedUnitCost ? formatMoney(offer.agreedUnitCost) : undefined}
                    {...form.getInputProps(`lines.${index}.unitCost`)}
                    data-testid="new-order-line-cost"
                  />
                  {form.values.lines.length > 1 && (
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
              )
            })}
            <Group>
              <Button variant="light" onClick={() => form.insertListItem('lines', newLine())}>
                Add line
              </Button>
            </Group>
            <FormFeedback testId="new-order" error={problems.message} />
            <Group>
              <Button type="submit" loading={create.isPending} data-testid="new-order-create">
                Create draft order
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
