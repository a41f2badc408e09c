import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useAddPack, useUpdatePack, type Pack, type ProductDetail } from '../api'
import { FormFeedback, useProblemFields } from '@elif/web-kit'
import { integerInput, optionalText } from '../shared/inputs'
import { ModalForm } from '../shared/ModalForm'
import { EMPTY_PRICES, PRICE_FIELDS, PriceInputs, pricesOf, type PriceTexts } from './PriceInputs'

interface NewPackValues {
  name: string
  unitsPerPack: string
  barcode: string
  prices: PriceTexts
}

const NEW_PACK: NewPackValues = { name: '', unitsPerPack: '', barcode: '', prices: EMPTY_PRICES }
const NEW_PACK_FIELDS = ['name', 'unitsPerPack', 'barcode', ...PRICE_FIELDS]
const DUPLICATE_BARCODE = { 'duplicate-barcode': 'barcode' }

function NewPackForm({ product }: { product: ProductDetail }) {
  const form = useForm<NewPackValues>({ initialValues: NEW_PACK })
  const addPack = useAddPack(product.id)
  const problems = useProblemFields(form, { fields: NEW_PACK_FIELDS, conflicts: DUPLICATE_BARCODE })
  const [saved, setSaved] = useState<string | null>(null)

  const submit = (values: NewPackValues) => {
    problems.clear()
    setSaved(null)
    addPack.mutate(
      {
        name: values.name.trim(),
        unitsPerPack: integerInput(values.unitsPerPack),
        barcode: optionalText(values.barcode),
        prices: pricesOf(values.prices),
      },
      {
        onSuccess: (pack) => {
          form.reset()
          setSaved(`Pack ${pack.name} added.`)
        },
        onError: problems.show,
      },
    )
  }

  return (
    <form data-testid="new-pack-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={4}>Add a pack</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label="Pack name" placeholder="Crate of 24" withAsterisk {...form.getInputProps('name')} />
          <TextInput
            label="Units per pack"
            placeholder={`${product.baseUnit.toLowerCase()}s, at least 2`}
            inputMode="numeric"
            withAsterisk
            {...form.getInputProps('unitsPerPack')}
          />
          <TextInput label="Pack barcode" {...form.getInputProps('barcode')} />
        </SimpleGrid>
        <PriceInputs form={form} />
        <FormFeedback testId="new-pack" error={problems.message} saved={saved} onDismissSaved={() => setSaved(null)} />
        <Group>
          <Button type="submit" loading={addPack.isPending}>
            Add pack
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function EditPackModal({ product, pack, onClose }: { product: ProductDetail; pack: Pack; onClose: () => void }) {
  const form = useForm({ initialValues: { name: pack.name, barcode: pack.barcode ?? '' } })
  const update = useUpdatePack(product.id)
  const problems = useProblemFields(form, { fields: ['name', 'barcode'], conflicts: DUPLICATE_BARCODE })

  const submit = (values: { name: string; barcode: string }) => {
    problems.clear()
    update.mutate(
      { packId: pack.id, name: values.name.trim(), barcode: optionalText(values.barcode) },
      { onSuccess: onClose, onError: problems.show },
    )
  }

  return (
    <ModalForm
      title={`Pack ${pack.name}`}
      testId="pack-edit"
      onClose={onClose}
      onSubmit={form.onSubmit(submit)}
      error={problems.message}
      saving={update.isPending}
    >
      <TextInput label="Pack name" {...form.getInputProps('name')} />
      <TextInput label="Pack barcode" {...form.getInputProps('barcode')} />
      <Text size="sm" c="dimmed">
        {pack.unitsPerPack} units per pack; the number of units does not change.
      </Text>
    </ModalForm>
  )
}

/** The product's packs (crate of 24, pack of 6...), each a whole number of base units with its own barcode. */
export function PacksSection({ product }: { product: ProductDetail }) {
  const [editing, setEditing] = useState<Pack | null>(null)
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>Packs</Title>
        {product.packs.length === 0 ? (
          <Text c="dimmed" data-testid="packs-empty">
            No packs: the product is sold by the {product.baseUnit.toLowerCase()} only.
          </Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th ta="right">Units per pack</Table.Th>
                <Table.Th>Barcode</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {product.packs.map((pack) => (
                <Table.Tr key={pack.id} data-testid="pack-row" data-name={pack.name}>
                  <Table.Td>{pack.name}</Table.Td>
                  <Table.Td ta="right">{pack.unitsPerPack}</Table.Td>
                  <Table.Td ff="monospace">{pack.barcode ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="light" onClick={() => setEditing(pack)}>
                      Edit
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <NewPackForm product={product} />
      </Stack>
      {editing && <EditPackModal product={product} pack={editing} onClose={() => setEditing(null)} />}
    </Paper>
  )
}
