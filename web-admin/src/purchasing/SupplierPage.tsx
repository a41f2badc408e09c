import {
  describeError,
  FormFeedback,
  httpStatus,
  QueryContent,
  useCatalogProduct,
  useProblemFields,
  type Product,
} from '@elif/web-kit'
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { useMoney } from '../catalog/shared/Money'
import { ModalActions } from '../shared/ModalActions'
import { ProductPicker } from '../stock/ProductPicker'
import { useAddOffer, useChangeOffer, useSupplier, useSupplierOffers, type Supplier, type SupplierOffer } from './api'
import { EMPTY_TERMS, OfferTermsInputs, TERMS_FIELDS, termsOf, toTerms, type OfferTermsValues } from './OfferFields'
import { EditSupplierModal } from './SuppliersPage'

/** "Base unit" or "24 per pack": what one ordered quantity of the offer holds. */
export const packLabel = (unitsPerPack: number) => (unitsPerPack === 1 ? 'Base unit' : `Pack of ${unitsPerPack}`)

function SupplierHeader({ supplier, onEdit }: { supplier: Supplier; onEdit: () => void }) {
  const detail = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  )
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="supplier-title">
            {supplier.name}{' '}
            <Text span ff="monospace" c="dimmed">
              {supplier.code}
            </Text>
          </Title>
          <Badge color={supplier.active ? 'green' : 'gray'} data-testid="supplier-status">
            {supplier.active ? 'active' : 'inactive'}
          </Badge>
        </div>
        <Button variant="light" onClick={onEdit}>
          Edit
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} mt="sm">
        {detail('Contact', supplier.contact)}
        {detail('Phone', supplier.phone)}
        {detail('Email', supplier.email)}
        {detail('Tax number', supplier.taxNumber)}
        {detail('Address', supplier.address)}
        {detail('Payment terms', supplier.paymentTermsDays === 0 ? 'at once' : `${supplier.paymentTermsDays} days`)}
        {detail('Currency', supplier.currency)}
      </SimpleGrid>
    </Paper>
  )
}

function OfferTable({ offers, onEdit }: { offers: SupplierOffer[]; onEdit: (offer: SupplierOffer) => void }) {
  const money = useMoney()
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>Pack</Table.Th>
            <Table.Th>Their reference</Table.Th>
            <Table.Th ta="right">Agreed cost</Table.Th>
            <Table.Th ta="right">Last cost</Table.Th>
            <Table.Th ta="right">Minimum</Table.Th>
            <Table.Th ta="right">Multiple</Table.Th>
            <Table.Th ta="right">Lead time</Table.Th>
            <Table.Th />
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offers.map((offer) => (
            <Table.Tr key={offer.id} data-testid="offer-row" data-sku={offer.sku}>
              <Table.Td>
                <Text size="sm">{offer.productName}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {offer.sku}
                </Text>
              </Table.Td>
              <Table.Td>{packLabel(offer.unitsPerPack)}</Table.Td>
              <Table.Td>{offer.reference || '—'}</Table.Td>
              <Table.Td ta="right" data-testid="offer-agreed-cost">
                {money(offer.agreedUnitCost)}
              </Table.Td>
              <Table.Td ta="right" data-testid="offer-last-cost">
                {money(offer.lastUnitCost)}
              </Table.Td>
              <Table.Td ta="right">{offer.minimumOrderQuantity}</Table.Td>
              <Table.Td ta="right">{offer.orderMultiple}</Table.Td>
              <Table.Td ta="right">{offer.leadTimeDays} d</Table.Td>
              <Table.Td>
                {offer.preferred && (
                  <Badge size="sm" data-testid="offer-preferred">
                    preferred
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="light" onClick={() => onEdit(offer)}>
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

interface NewOfferValues extends OfferTermsValues {
  product: Product | null
  /** "" for the base unit */
  packId: string
}

const NEW_OFFER: NewOfferValues = { product: null, packId: '', ...EMPTY_TERMS }

/** Lists a product's pack (or its base unit) with the supplier, on these terms. */
function NewOfferPanel({ supplierId }: { supplierId: string }) {
  const add = useAddOffer(supplierId)
  const form = useForm<NewOfferValues>({
    initialValues: NEW_OFFER,
    validate: { product: (product) => (product ? null : 'Choose a product') },
  })
  const product = useCatalogProduct(form.values.product?.id)
  const problems = useProblemFields(form, {
    fields: ['product', 'packId', ...TERMS_FIELDS],
    renames: { productId: 'product' },
    conflicts: { 'duplicate-supplier-product': 'packId' },
  })
  const [saved, setSaved] = useState<string | null>(null)

  const submit = (values: NewOfferValues) => {
    problems.clear()
    setSaved(null)
    add.mutate(
      {
        productId: values.product?.id ?? '',
        ...(values.packId ? { packId: values.packId } : {}),
        ...toTerms(values),
      },
      {
        onSuccess: (offer) => {
          form.setValues(NEW_OFFER)
          setSaved(`${offer.productName} (${packLabel(offer.unitsPerPack)}) listed.`)
        },
        onError: problems.show,
      },
    )
  }

  const packs = product.data?.packs ?? []
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="sm">
        Add a product
      </Title>
      <form data-testid="new-offer-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <ProductPicker
              label="Product"
              withAsterisk
              {...form.getInputProps('product')}
              onChange={(picked) => {
                form.setFieldValue('product', picked)
                form.setFieldValue('packId', '')
              }}
            />
            <NativeSelect
              label="Pack"
              data-testid="new-offer-pack"
              data={[
                { value: '', label: 'Base unit' },
                ...packs.map((pack) => ({ value: pack.id, label: `${pack.name} (${pack.unitsPerPack})` })),
              ]}
              {...form.getInputProps('packId')}
            />
          </Group>
          <OfferTermsInputs form={form} />
          <FormFeedback
            testId="new-offer"
            error={problems.message}
            saved={saved}
            onDismissSaved={() => setSaved(null)}
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Add product
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}

function EditOfferModal({ offer, onClose }: { offer: SupplierOffer; onClose: () => void }) {
  const change = useChangeOffer(offer.supplierId)
  const form = useForm<OfferTermsValues>({ initialValues: termsOf(offer) })
  const problems = useProblemFields(form, { fields: TERMS_FIELDS })
  const submit = (values: OfferTermsValues) => {
    problems.clear()
    change.mutate({ id: offer.id, change: toTerms(values) }, { onSuccess: onClose, onError: problems.show })
  }
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${offer.sku} · ${offer.productName} · ${packLabel(offer.unitsPerPack)}`}
      size="lg"
    >
      <form data-testid="edit-offer-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <OfferTermsInputs form={form} />
          <FormFeedback testId="edit-offer" error={problems.message} />
          <ModalActions onCancel={onClose} saving={change.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

/** One supplier: its details and terms, and what it sells (packs, their reference, costs, minimum, multiple). */
export function SupplierPage() {
  const { supplierId = '' } = useParams()
  const supplier = useSupplier(supplierId)
  const offers = useSupplierOffers(supplierId)
  const [editingSupplier, setEditingSupplier] = useState(false)
  const [editingOffer, setEditingOffer] = useState<SupplierOffer | null>(null)

  if (supplier.isError) {
    return (
      <Text c="red" data-testid="supplier-error">
        {httpStatus(supplier.error) === 404 ? 'No such supplier.' : describeError(supplier.error)}
      </Text>
    )
  }
  return (
    <Stack data-testid="supplier-page">
      <Anchor component={Link} to="/suppliers" size="sm">
        ← Suppliers
      </Anchor>
      {supplier.data && <SupplierHeader supplier={supplier.data} onEdit={() => setEditingSupplier(true)} />}
      <Title order={3}>Products and costs</Title>
      <QueryContent
        query={offers}
        what="Products"
        testId="offers"
        isEmpty={(data) => data.length === 0}
        emptyText="The supplier sells nothing yet: add its products below."
      >
        {(data) => <OfferTable offers={data} onEdit={setEditingOffer} />}
      </QueryContent>
      <NewOfferPanel supplierId={supplierId} />
      {editingSupplier && supplier.data && (
        <EditSupplierModal supplier={supplier.data} onClose={() => setEditingSupplier(false)} />
      )}
      {editingOffer && <EditOfferModal offer={editingOffer} onClose={() => setEditingOffer(null)} />}
    </Stack>
  )
}
