import { describeError, QueryContent, useWarehouses, type StockLocation, type Warehouse } from '@elif/web-kit'
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
import { useState } from 'react'
import { FormFeedback } from '@elif/web-kit'
import { useServerProblems } from './problems'

const isCodeOrName = (path: string) => path === 'code' || path === 'name'

/** A name that can be edited in place: Rename shows the field, Save sends it. */
function RenameControl({
  name,
  onSave,
  saving,
  error,
}: {
  name: string
  onSave: (name: string) => void
  saving: boolean
  error?: string
}) {
  const [editing, setEditing] = useState(false)
  const [value, setValue] = useState(name)
  if (!editing) {
    return (
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => {
          setValue(name)
          setEditing(true)
        }}
      >
        Rename
      </Button>
    )
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        onSave(value.trim())
        setEditing(false)
      }}
    >
      <Group gap="xs" align="flex-start">
        <TextInput
          size="xs"
          aria-label="New name"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={error}
          autoFocus
        />
        <Button size="compact-sm" type="submit" loading={saving}>
          Save
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </Group>
    </form>
  )
}

function LocationRow({ warehouse, location }: { warehouse: Warehouse; location: StockLocation }) {
  const change = useChangeLocation()
  const save = (patch: Partial<Pick<StockLocation, 'name' | 'active'>>) =>
    change.mutate({
      warehouseId: warehouse.id,
      locationId: location.id,
      name: location.name,
      active: location.active,
      ...patch,
    })
  return (
    <Table.Tr data-testid="location-row" data-code={location.code} data-active={location.active}>
      <Table.Td ff="monospace">{location.code}</Table.Td>
      <Table.Td>{location.name}</Table.Td>
      <Table.Td>
        {location.active ? <Badge variant="light">Active</Badge> : <Badge color="gray">Inactive</Badge>}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <RenameControl name={location.name} saving={change.isPending} onSave={(name) => save({ name })} />
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
  const problems = useServerProblems(isCodeOrName)
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  return (
    <form
      data-testid="new-location-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        problems.clear()
        create.mutate(
          { warehouseId: warehouse.id, code: code.trim(), name: name.trim() },
          {
            onSuccess: () => {
              setCode('')
              setName('')
            },
            onError: problems.show,
          },
        )
      }}
    >
      <Group align="flex-start" gap="xs">
        <TextInput
          size="xs"
          label="Location code"
          placeholder="A12"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={problems.fieldError('code')}
        />
        <TextInput
          size="xs"
          label="Location name"
          placeholder="Bin A12"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.fieldError('name')}
        />
        <Button size="xs" type="submit" mt={22} variant="light" loading={create.isPending}>
          Add location
        </Button>
      </Group>
      {problems.message && (
        <Text c="red" size="sm" data-testid="new-location-error">
          {problems.message}
        </Text>
      )}
    </form>
  )
}

function WarehouseCard({ warehouse }: { warehouse: Warehouse }) {
  const change = useChangeWarehouse()
  const save = (patch: Partial<Pick<Warehouse, 'name' | 'allowNegativeStock' | 'active'>>) =>
    change.mutate({
      id: warehouse.id,
      name: warehouse.name,
      allowNegativeStock: warehouse.allowNegativeStock,
      active: warehouse.active,
      ...patch,
    })
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
            <RenameControl name={warehouse.name} saving={change.isPending} onSave={(name) => save({ name })} />
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

function NewWarehouseForm() {
  const create = useCreateWarehouse()
  const problems = useServerProblems(isCodeOrName)
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [allowNegativeStock, setAllowNegativeStock] = useState(false)
  const [created, setCreated] = useState<Warehouse | null>(null)
  return (
    <form
      data-testid="new-warehouse-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        problems.clear()
        setCreated(null)
        create.mutate(
          { code: code.trim(), name: name.trim(), allowNegativeStock },
          {
            onSuccess: (warehouse) => {
              setCreated(warehouse)
              setCode('')
              setName('')
              setAllowNegativeStock(false)
            },
            onError: problems.show,
          },
        )
      }}
    >
      <Stack gap="sm">
        <Title order={3}>New warehouse</Title>
        <Group align="flex-start">
          <TextInput
            label="Code"
            placeholder="NORTH"
            withAsterisk
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={problems.fieldError('code')}
          />
          <TextInput
            label="Name"
            placeholder="North depot"
            withAsterisk
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problems.fieldError('name')}
          />
          <Checkbox
            mt={32}
            label="Allow negative stock"
            checked={allowNegativeStock}
            onChange={(event) => setAllowNegativeStock(event.currentTarget.checked)}
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
