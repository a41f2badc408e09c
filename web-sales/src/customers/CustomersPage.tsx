import { hasAnyRole, useMe } from '@elif/web-kit'
import { Grid, Modal, Paper, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useChangeCustomer, useCreateCustomer, type Customer } from './api'
import { CancelAndSubmit, CustomerForm, EMPTY_CUSTOMER, toChange, toNewCustomer, valuesOf } from './CustomerForm'
import { CustomerList } from './CustomerList'

/** A new customer: a clerk gives the contact details (the terms get their defaults), a manager sets the terms too. */
function NewCustomerPanel({ manages }: { manages: boolean }) {
  const create = useCreateCustomer()
  return (
    <Paper withBorder p="md">
      <Title order={3} mb="sm">
        New customer
      </Title>
      {!manages && (
        <Text size="sm" c="dimmed" mb="sm">
          A manager sets the price level, payment terms and credit limit; until then: level 1, 30 days, no credit.
        </Text>
      )}
      <CustomerForm
        testId="new-customer-form"
        initial={EMPTY_CUSTOMER}
        withCode
        withTerms={manages}
        saving={create.isPending}
        submitLabel="Create customer"
        save={(values, callbacks) => create.mutate(toNewCustomer(values, manages), callbacks)}
        savedText={(customer) => (
          <>
            Created {customer.name} as{' '}
            <Text span ff="monospace">
              {customer.code}
            </Text>
            .
          </>
        )}
        resetAfterSave
      />
    </Paper>
  )
}

function EditCustomerModal({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const change = useChangeCustomer(customer.id)
  return (
    <Modal opened onClose={onClose} title={`${customer.code} · ${customer.name}`} size="lg">
      <CustomerForm
        testId="edit-customer-form"
        initial={valuesOf(customer)}
        withCode={false}
        withTerms
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
        footer={(submit) => <CancelAndSubmit submit={submit} onCancel={onClose} />}
      />
    </Modal>
  )
}

/**
 * The customers: the list (search, status, pages, kept in the URL) beside the form that creates one. Managers and
 * administrators edit, deactivate and activate them; the walk-in customer, which stands for anonymous counter
 * sales, is marked and never edited here.
 */
export function CustomersPage() {
  const manages = hasAnyRole(useMe(), ['ADMIN', 'MANAGER'])
  const [editing, setEditing] = useState<Customer | null>(null)
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <CustomerList manages={manages} onEdit={setEditing} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <NewCustomerPanel manages={manages} />
      </Grid.Col>
      {editing && <EditCustomerModal customer={editing} onClose={() => setEditing(null)} />}
    </Grid>
  )
}
