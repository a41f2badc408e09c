import {
  describeError,
  FormFeedback,
  QueryContent,
  useProblemFields,
  useWarehouses,
  type StockLocation,
  type Warehouse,
} from '@elif/web-kit'
import { useChangeLocation, useChangeWarehouse, useCreateLocation, useCreateWarehouse } from './api/warehouses'
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'

/** What a request's callbacks are: a form's own outcome. */
interface Outcome {
  onSuccess: () => void
  onError: (error: Error) => void
}

const required = (message: string) => (value: string) => (value.trim() ? null : message)

/** A name that can be edited in place: Rename shows the field, Save sends it and closes it once saved. */
function RenameControl({
  name,
  onSave,
  saving,
}: {
  name: string
  onSave: (name: string, outcome: Outcome) => void
  saving: boolean
}) {
  const [editing, setEditing] = useState(false)
  const form = useForm({ initialValues: { name }, validate: { name: required('Enter a name') } })
  const problems = useProblemFields(form, { fields: ['name'] })
  if (!editing) {
    return (
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => {
          form.setValues({ name })
          problems.clear()
          setEditing(true)
        }}
      >
        Rename
      </Button>
    )
  }
  const submit = (values: { name: string }) => {
    problems.clear()
    onSave(values.name.trim(), { onSuccess: () => setEditing(false), onError: problems.show })
  }
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap={4}>
        <Group gap="xs" align="flex-start">
          <TextInput size="xs" aria-label="New name" autoFocus {...form.getInputProps('name')} />
          <Button size="compact-sm" type="submit" mt={3} loading={saving}>
            Save
          </Button>
          <Button size="compact-sm" variant="default" mt={3} onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </Group>
        <FormFeedback testId="rename" error={problems.message} />
      </Stack>
    </form>
  )
}

function LocationRow({ warehouse, location }: { warehouse: Warehouse; location: StockLocation }) {
  const change = useChangeLocation()
  const rename = useChangeLocation()
  const changed = (patch: Partial<Pick<StockLocation, 'name' | 'active'>>) => ({
    warehouseId: warehouse.id,
    locationId: location.id,
    name: location.name,
    active: location.active,
    ...patch,
  })
  const save = (patch: Partial<Pick<StockLocation, 'name' | 'active'>>) => change.mutate(changed(patch))
  return (
    <Table.Tr data-testid="location-row" data-code={location.code} data-active={location.active}>
      <Table.Td ff="monospace">{location.code}</Table.Td>
      <Table.Td>{location.name}</Table.Td>
      <Table.Td>
        {location.active ? <Badge variant="light">Active</Badge> : <Badge color="gray">Inactive</Badge>}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <RenameControl
            name={location.name}
            saving={rename.isPending}
            onSave={(name, outcome) => rename.mutate(changed({ name }), outcome)}
          />
          <Button
            size="compact-sm"
            variant="subtle"
            color={location.active ? 'red' : undefined}
            onClick={() => save({ active: !location.active })}
          >
            {location.active ? 'Deactivate' : 'Activate'}
          </Button>
        </Group>
        {change.isError && (
          <Text c="red" size="sm" data-testid="location-error">
            {describeError(change.error)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

function NewLocationForm({ warehouse }: { warehouse: Warehouse }) {
  const create = useCreateLocation()
  const form = useForm({ initialValues: { code: '', name: '' } })
  const problems = useProblemFields(form, { fields: ['code', 'name'] })

  const submit = (values: { code: string; name: string }) => {
    problems.clear()
    create.mutate(
      { warehouseId: warehouse.id, code: values.code.trim(), name: values.name.trim() },
      { onSuccess: () => form.reset(), onError: problems.show },
    )
  }

  return (
    <form data-testid="new-location-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="xs">
        <Group align="flex-start" gap="xs">
          <TextInput size="xs" label="Location code" placeholder="A12" {...form.getInputProps('code')} />
          <TextInput size="xs" label="Location name" placeholder="Bin A12" {...form.getInputProps('name')} />
          <Button size="xs" type="submit" mt={22} variant="light" loading={create.isPending}>
            Add location
          </Button>
        </Group>
        <FormFeedback testId="new-location" error={problems.message} />
      </Stack>
    </form>
  )
}

function WarehouseCard({ warehouse }: { warehouse: Warehouse }) {
  const change = useChangeWarehouse()
  const rename = useChangeWarehouse()
  const changed = (patch: Partial<Pick<Warehouse, 'name' | 'allowNegativeStock' | 'active'>>) => ({
    id: warehouse.id,
    name: warehouse.name,
    allowNegativeStock: warehouse.allowNegativeStock,
    active: warehouse.active,
    ...patch,
  })
  const save = (patch: Partial<Pick<Warehouse, 'name' | 'allowNegativeStock' | 'active'>>) =>
    change.mutate(changed(patch))
  return (
    <Paper withBorder p="md" data-testid="warehouse-card" data-code={warehouse.code} data-active={warehouse.active}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>
              {warehouse.name}{' '}
              <Text span ff="monospace" c="dimmed">
                {warehouse.code}
              </Text>
            </Title>
            {!warehouse.active && <Badge color="gray">Inactive</Badge>}
          </div>
          <Group gap="xs">
            <RenameControl
              name={warehouse.name}
              saving={rename.isPending}
              onSave={(name, outcome) => rename.mutate(changed({ name }), outcome)}
            />
            <Button
              size="compact-sm"
              variant="subtle"
              color={warehouse.active ? 'red' : undefined}
              onClick={() => save({ active: !warehouse.active })}
            >
              {warehouse.active ? 'Deactivate' : 'Activate'}
            </Button>
          </Group>
        </Group>
        <Switch
          label="Allow negative stock"
          description="Off by default: stock never goes below zero."
          checked={warehouse.allowNegativeStock}
          onChange={(event) => save({ allowNegativeStock: event.currentTarget.checked })}
        />
        {change.isError && (
          <Alert color="red" data-testid="warehouse-error">
            {describeError(change.error)}
          </Alert>
        )}
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Code</Table.Th>
              <Table.Th>Location</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {warehouse.locations.map((location) => (
              <LocationRow key={location.id} warehouse={warehouse} location={location} />
            ))}
          </Table.Tbody>
        </Table>
        <NewLocationForm warehouse={warehouse} />
      </Stack>
    </Paper>
  )
}

interface NewWarehouseValues {
  code: string
  name: string
  allowNegativeStock: boolean
}

function NewWarehouseForm() {
  const create = useCreateWarehouse()
  const form = useForm<NewWarehouseValues>({ initialValues: { code: '', name: '', allowNegativeStock: false } })
  const problems = useProblemFields(form, { fields: ['code', 'name', 'allowNegativeStock'] })
  const [created, setCreated] = useState<Warehouse | null>(null)

  const submit = (values: NewWarehouseValues) => {
    problems.clear()
    setCreated(null)
    create.mutate(
      { ...values, code: values.code.trim(), name: values.name.trim() },
      {
        onSuccess: (warehouse) => {
          setCreated(warehouse)
          form.reset()
        },
        onError: problems.show,
      },
    )
  }

  return (
    <form data-testid="new-warehouse-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>New warehouse</Title>
        <Group align="flex-start">
          <TextInput label="Code" placeholder="NORTH" withAsterisk {...form.getInputProps('code')} />
          <TextInput label="Name" placeholder="North depot" withAsterisk {...form.getInputProps('name')} />
          <Checkbox
            mt={32}
            label="Allow negative stock"
            {...form.getInputProps('allowNegativeStock', { type: 'checkbox' })}
          />
        </Group>
        <FormFeedback
          testId="new-warehouse"
          error={problems.message}
          saved={created && `Warehouse ${created.code} created with location ${created.locations[0]?.code ?? 'MAIN'}.`}
          savedTestId="new-warehouse-created"
          onDismissSaved={() => setCreated(null)}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create warehouse
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Warehouses and their locations: create, rename, allow negative stock, deactivate (administrators and managers). */
export function WarehousesPage() {
  const warehouses = useWarehouses()
  return (
    <Stack maw={1000}>
      <Title order={2}>Warehouses and locations</Title>
      <Paper withBorder p="md">
        <NewWarehouseForm />
      </Paper>
      <QueryContent
        query={warehouses}
        what="Warehouses"
        testId="warehouses"
        isEmpty={(data) => data.length === 0}
        emptyText="No warehouse yet."
      >
        {(data) => data.map((warehouse) => <WarehouseCard key={warehouse.id} warehouse={warehouse} />)}
      </QueryContent>
    </Stack>
  )
}
