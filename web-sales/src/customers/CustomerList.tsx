import { formatMoney, QueryContent, useSearchBox, useUrlFilters, ListFooter } from '@elif/web-kit'
import { Anchor, Badge, Button, Group, Loader, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core'
import { Link } from 'react-router'
import { PRICE_LEVEL_LABELS, useCustomerList, useSetCustomerActive, type Customer, type CustomerFilter } from './api'

const PAGE_SIZE = 20

const STATUS_OPTIONS = [
  { value: '', label: 'Active and inactive' },
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
]

type Filters = Pick<CustomerFilter, 'q' | 'active'>

const NO_FILTER: Record<keyof Filters, string> = { q: '', active: '' }

interface CustomerRowsProps {
  customers: Customer[]
  /** Managers and administrators: edit, deactivate and activate. */
  manages: boolean
  onEdit: (customer: Customer) => void
}

function CustomerRows({ customers, manages, onEdit }: CustomerRowsProps) {
  const setActive = useSetCustomerActive()
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>Price level</Table.Th>
            <Table.Th ta="right">Terms</Table.Th>
            <Table.Th ta="right">Credit limit</Table.Th>
            <Table.Th>Status</Table.Th>
            {manages && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => (
            <Table.Tr key={customer.id} data-testid="customer-row" data-code={customer.code}>
              <Table.Td ff="monospace">{customer.code}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/customers/${customer.id}`} data-testid="customer-account-link">
                  {customer.name}
                </Anchor>{' '}
                {customer.walkIn && (
                  <Badge size="sm" variant="light" data-testid="customer-walk-in">
                    walk-in
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{customer.phone || '—'}</Table.Td>
              <Table.Td>{PRICE_LEVEL_LABELS[customer.priceLevel] ?? customer.priceLevel}</Table.Td>
              <Table.Td ta="right">
                {customer.paymentTermsDays === 0 ? 'at once' : `${customer.paymentTermsDays} days`}
              </Table.Td>
              <Table.Td ta="right" data-testid="customer-credit-limit">
                {formatMoney(customer.creditLimit)}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={customer.active ? 'green' : 'gray'} data-testid="customer-row-status">
                  {customer.active ? 'active' : 'inactive'}
                </Badge>
              </Table.Td>
              {manages && (
                <Table.Td>
                  {!customer.walkIn && (
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="compact-sm" variant="light" onClick={() => onEdit(customer)}>
                        Edit
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={customer.active ? 'red' : 'green'}
                        loading={setActive.isPending && setActive.variables?.id === customer.id}
                        onClick={() => setActive.mutate({ id: customer.id, active: !customer.active })}
                      >
                        {customer.active ? 'Deactivate' : 'Activate'}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Customers by name, code or phone, active or not, sorted by name; the search, filter and page are in the URL. */
export function CustomerList({ manages, onEdit }: Omit<CustomerRowsProps, 'customers'>) {
  const url = useUrlFilters(NO_FILTER)
  const filters = url.filters as Filters
  const { page, setPage } = url
  const search = useSearchBox(filters.q, (text) => url.setFilters({ q: text }))
  const customers = useCustomerList({ ...filters, page, size: PAGE_SIZE })

  return (
    <Stack>
      <Title order={2}>Customers</Title>
      <Group align="flex-end" grow preventGrowOverflow={false}>
        <TextInput
          data-testid="customer-search"
          label="Search"
          placeholder="Name, code or phone"
          {...search}
          rightSection={customers.isFetching && !customers.isPending ? <Loader size="xs" /> : null}
          miw={240}
        />
        <NativeSelect
          label="Status"
          data-testid="customer-filter-active"
          data={STATUS_OPTIONS}
          value={filters.active}
          onChange={(event) => url.setFilters({ active: event.currentTarget.value as Filters['active'] })}
        />
      </Group>
      <QueryContent
        query={customers}
        what="Customers"
        testId="customers"
        isEmpty={(data) => data.items.length === 0}
        emptyText={filters.q ? `No customer matches “${filters.q}”.` : 'No customers.'}
      >
        {(data) => (
          <>
            <CustomerRows customers={data.items} manages={manages} onEdit={onEdit} />
            <ListFooter
              data={data}
              counts={['customer', 'customers']}
              page={page}
              onPage={setPage}
              testId="customers-total"
            />
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
