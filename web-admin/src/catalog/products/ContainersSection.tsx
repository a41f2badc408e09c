import { useProblemFields } from '@elif/web-kit'
import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useContainerTypes, useSetContainers, type CarriedContainer, type ProductDetail } from '../api'
import { useMoney } from '../shared/Money'
import { integerInput } from '../shared/inputs'
import { ModalForm } from '../shared/ModalForm'
import { ownersOf, type Owner } from './owners'

interface ContainerLine {
  containerTypeId: string
  quantity: string
}

const describe = (containers: CarriedContainer[]) =>
  containers.map((container) => `${container.quantity} × ${container.name} (${container.code})`).join(', ')

function ContainersModal({ product, owner, onClose }: { product: ProductDetail; owner: Owner; onClose: () => void }) {
  const carried = owner.pack ? owner.pack.containers : product.containers
  const form = useForm<{ containers: ContainerLine[] }>({
    initialValues: {
      containers: carried.map((container) => ({
        containerTypeId: container.containerTypeId,
        quantity: String(container.quantity),
      })),
    },
  })
  const containerTypes = useContainerTypes()
  const setContainers = useSetContainers(product.id)
  const problems = useProblemFields(form, {
    fields: ['containers', 'containers.*.containerTypeId', 'containers.*.quantity'],
  })
  const options = [
    { value: '', label: 'Choose a container' },
    ...(containerTypes.data ?? []).map((type) => ({ value: type.id, label: `${type.name} (${type.code})` })),
  ]

  const submit = (values: { containers: ContainerLine[] }) => {
    problems.clear()
    setContainers.mutate(
      {
        packId: owner.packId,
        containers: values.containers.map((line) => ({
          containerTypeId: line.containerTypeId,
          quantity: integerInput(line.quantity),
        })),
      },
      { onSuccess: onClose, onError: problems.show },
    )
  }

  return (
    <ModalForm
      title={`Containers carried by ${owner.label}`}
      size="lg"
      testId="containers"
      onClose={onClose}
      onSubmit={form.onSubmit(submit)}
      error={problems.message}
      saving={setContainers.isPending}
    >
      {form.values.containers.length === 0 && <Text c="dimmed">No returnable container.</Text>}
      {form.values.containers.map((_, index) => (
        <Group key={index} align="flex-start" data-testid="container-line">
          <NativeSelect
            aria-label="Container type"
            data={options}
            style={{ flex: 1 }}
            {...form.getInputProps(`containers.${index}.containerTypeId`)}
          />
          <TextInput
            aria-label="Quantity"
            placeholder="Quantity"
            inputMode="numeric"
            w={110}
            {...form.getInputProps(`containers.${index}.quantity`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label="Remove container"
            onClick={() => form.removeListItem('containers', index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => form.insertListItem('containers', { containerTypeId: '', quantity: '1' })}
        >
          Add container
        </Button>
      </Group>
      {form.errors.containers && (
        <Text size="sm" c="red">
          {form.errors.containers}
        </Text>
      )}
    </ModalForm>
  )
}

/**
 * Returnable containers (and their deposits) that go with one base unit and with each pack, e.g. a crate
 * of 24 carries 1 crate and 24 bottles.
 */
export function ContainersSection({ product }: { product: ProductDetail }) {
  const [editing, setEditing] = useState<Owner | null>(null)
  const money = useMoney()
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>Returnable containers</Title>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>For</Table.Th>
              <Table.Th>Containers</Table.Th>
              <Table.Th ta="right">Deposit</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ownersOf(product).map((owner) => {
              const carried = owner.pack ? owner.pack.containers : product.containers
              return (
                <Table.Tr
                  key={owner.packId ?? 'base'}
                  data-testid="containers-row"
                  data-owner={owner.pack?.name ?? 'base'}
                >
                  <Table.Td>{owner.label}</Table.Td>
                  <Table.Td>{carried.length === 0 ? '—' : describe(carried)}</Table.Td>
                  <Table.Td ta="right">{carried.length === 0 ? '—' : money(depositOf(carried))}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="light" onClick={() => setEditing(owner)}>
                      Edit containers
                    </Button>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing && <ContainersModal product={product} owner={editing} onClose={() => setEditing(null)} />}
    </Paper>
  )
}

/** Total deposit, summed exactly in hundredths (BigInt), never through a float. */
function depositOf(containers: CarriedContainer[]): string {
  let cents = 0n
  for (const container of containers) {
    const [whole = '0', fraction = ''] = container.deposit.split('.')
    cents += (BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2))) * BigInt(container.quantity)
  }
  const sign = cents < 0n ? '-' : ''
  const absolute = cents < 0n ? -cents : cents
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`
}
