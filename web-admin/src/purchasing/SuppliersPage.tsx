import { QueryContent, useSearchBox, useUrlFilters, ListFooter } from '@elif/web-kit'
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { Link } from 'react-router'
import { ModalActions } from '../shared/ModalActions'
import {
  useChangeSupplier,
  useCreateSupplier,
  useSetSupplierActive,
  useSupplierList,
  type Supplier,
  type SupplierFilter,
} from './api'
import { supplierPath } from './paths'
import { EMPTY_SUPPLIER, SupplierForm, toChange, toNewSupplier, valuesOf } from './SupplierForm'

const PAGE_SIZE = 20

const STATUS_OPTIONS = [
  { value: '', label: 'Active and inactive' },
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
]

type Filters = Pick<SupplierFilter, 'q' | 'active'>

const NO_FILTER: Record<keyof Filters, string> = { q: '', active: '' }

function SupplierRows({ suppliers, onEdit }: { suppliers: Supplier[]; onEdit: (supplier: Supplier) => void }) {
  const setActive = useSetSupplierActive()
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Contact</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th ta="right">Terms</Table.Th>
            <Table.Th>Currency</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suppliers.map((supplier) => (
            <Table.Tr key={supplier.id} data-testid="supplier-row" data-code={supplier.code}>
              <Table.Td ff="monospace">{supplier.code}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={supplierPath(supplier.id)} data-testid="supplier-link">
                  {supplier.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{supplier.contact || '—'}</Table.Td>
              <Table.Td>{supplier.phone || '—'}</Table.Td>
              <Table.Td ta="right">
                {supplier.paymentTermsDays === 0 ? 'at once' : `${supplier.paymentTermsDays} days`}
              </Table.Td>
              <Table.Td>{supplier.currency}</Table.Td>
              <Table.Td>
                <Badge size="sm" color={supplier.active ? 'green' : 'gray'} data-testid="supplier-row-status">
                  {supplier.active ? 'active' : 'inactive'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" justify="flex-end">
                  <Button size="compact-sm" variant="light" onClick={() => onEdit(supplier)}>
                    Edit
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={supplier.active ? 'red' : 'green'}
                    loading={setActive.isPending && setActive.variables?.id === supplier.id}
                    onClick={() => setActive.mutate({ id: supplier.id, active: !supplier.active })}
                  >
                    {supplier.active ? 'Deactivate' : 'Activate'}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Suppliers by name, code, contact or phone, active or not; the search, filter and page are in the URL. */
function SupplierList({ onEdit }: { onEdit: (supplier: Supplier) => void }) {
  const url = useUrlFilters(NO_FILTER)
  const filters = url.filters as Filters
  const { page, setPage } = url
  const search = useSearchBox(filters.q, (text) => url.setFilters({ q: text }))
  const suppliers = useSupplierList({ ...filters, page, size: PAGE_SIZE })

  return (
    <Stack>
      <Title order={2}>Suppliers</Title>
      <Group align="flex-end" grow preventGrowOverflow={false}>
        <TextInput
          data-testid="supplier-search"
          label="Search"
          placeholder="Name, code, contact or phone"
          {...search}
          rightSection={suppliers.isFetching && !suppliers.isPending ? <Loader size="xs" /> : null}
          miw={240}
        />
        <NativeSelect
          label="Status"
          data-testid="supplier-filter-active"
          data={STATUS_OPTIONS}
          value={filters.active}
          onChange={(event) => url.setFilters({ active: event.currentTarget.value as Filters['active'] })}
        />
      </Group>
      <QueryContent
        query={suppliers}
        what="Suppliers"
        testId="suppliers"
        isEmpty={(data) => data.items.length === 0}
        emptyText={filters.q ? `No supplier matches “${filters.q}”.` : 'No suppliers.'}
      >
        {(data) => (
          <>
            <SupplierRows suppliers={data.items} onEdit={onEdit} />
            <ListFooter
              data={data}
              counts={['supplier', 'suppliers']}
              page={page}
              onPage={setPage}
              testId="suppliers-total"
            />
          </>
        )}
      </QueryContent>
    </Stack>
  )
}

function NewSupplierPanel() {
  const create = useCreateSupplier()
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="sm">
        New supplier
      </Title>
      <SupplierForm
        testId="new-supplier-form"
        initial={EMPTY_SUPPLIER}
        withCode
        saving={create.isPending}
        submitLabel="Create supplier"
        save={(values, callbacks) => create.mutate(toNewSupplier(values), callbacks)}
        savedText={(supplier) => (
          <>
            Created{' '}
            <Anchor component={Link} to={supplierPath(supplier.id)}>
              {supplier.name}
            </Anchor>{' '}
            as{' '}
            <Text span ff="monospace">
              {supplier.code}
            </Text>
            .
          </>
        )}
        resetAfterSave
      />
    </Paper>
  )
}

export function EditSupplierModal({ supplier, onClose }: { supplier: Supplier; onClose: () => void }) {
  const change = useChangeSupplier(supplier.id)
  return (
    <Modal opened onClose={onClose} title={`${supplier.code} · ${supplier.name}`} size="lg">
      <SupplierForm
        testId="edit-supplier-form"
        initial={valuesOf(supplier)}
        withCode={false}
        saving={change.isPending}
        submitLabel="Save"
        save={(values, callbacks) =>
          change.mutate(toChange(values), {
            onSuccess: (saved) => {
              callbacks.onSuccess(saved)
              onClose()
            },
            onError: callbacks.onError,
          })
        }
        savedText={() => 'Saved.'}
        footer={() => <ModalActions onCancel={onClose} saving={change.isPending} />}
      />
    </Modal>
  )
}

/**
 * The suppliers: the list (search, status, pages, kept in the URL) beside the form that registers one. A supplier's
 * name opens what it sells and at what cost.
 */
export function SuppliersPage() {
  const [editing, setEditing] = useState<Supplier | null>(null)
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <SupplierList onEdit={setEditing} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <NewSupplierPanel />
      </Grid.Col>
      {editing && <EditSupplierModal supplier={editing} onClose={() => setEditing(null)} />}
    </Grid>
  )
}
