import { FormFeedback, PRICE_LEVEL_LABELS, useProblemFields } from '@elif/web-kit'
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { useState, type RefObject } from 'react'
import { useCreateCustomerRequest, useCustomerSearch, type Customer } from './api'

interface CustomerPanelProps {
  customer: Customer | undefined
  /** A customer picked (null: back to the walk-in customer). */
  onChange: (customer: Customer | null) => void
  searchRef: RefObject<HTMLInputElement | null>
  /** Where the focus goes once a customer is picked or created. */
  done: () => void
}

/** Who the sale is for: the walk-in customer by default, else one found by name, code or phone, or created here. */
export function CustomerPanel({ customer, onChange, searchRef, done }: CustomerPanelProps) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 200)
  const found = useCustomerSearch(q)
  const [creating, setCreating] = useState(false)
  const options = (found.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.name} · ${item.code}${item.phone ? ` · ${item.phone}` : ''}`,
  }))

  return (
    <Paper withBorder p="sm" data-testid="counter-customer">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={700} data-testid="counter-customer-name">
              {customer ? customer.name : '…'}
            </Text>
            <Text size="sm" c="dimmed">
              {customer?.code}
              {customer ? ` · ${PRICE_LEVEL_LABELS[customer.priceLevel]}` : ''}
            </Text>
          </div>
          <Group gap="xs">
            {customer?.walkIn ? (
              <Badge variant="light">Walk-in</Badge>
            ) : (
              <Button variant="subtle" size="sm" onClick={() => onChange(null)} data-testid="counter-walk-in">
                Walk-in
              </Button>
            )}
            <Button variant="default" size="sm" onClick={() => setCreating((open) => !open)}>
              New customer
            </Button>
          </Group>
        </Group>
        <Select
          ref={searchRef}
          data-testid="counter-customer-search"
          aria-label="Find a customer by name, code or phone (F2)"
          placeholder="Find a customer by name, code or phone (F2)"
          searchable
          clearable
          value={null}
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          filter={({ options: all }) => all}
          nothingFoundMessage={q && !found.isFetching ? 'No active customer matches' : undefined}
          onChange={(id) => {
            const picked = found.data?.items.find((item) => item.id === id)
            if (picked) {
              onChange(picked)
              setSearch('')
              done()
            }
          }}
        />
        {creating && (
          <QuickCustomerForm
            onCreated={(created) => {
              setCreating(false)
              onChange(created)
              done()
            }}
          />
        )}
      </Stack>
    </Paper>
  )
}

/** A customer registered at the counter: name and phone (a manager sets the terms later in sales management). */
function QuickCustomerForm({ onCreated }: { onCreated: (customer: Customer) => void }) {
  const create = useCreateCustomerRequest()
  const form = useForm({ initialValues: { name: '', phone: '' } })
  const problems = useProblemFields(form, { fields: ['name', 'phone'] })
  const [saving, setSaving] = useState(false)

  const submit = async (values: { name: string; phone: string }) => {
    problems.clear()
    setSaving(true)
    try {
      onCreated(await create({ name: values.name.trim(), phone: values.phone.trim() }))
    } catch (error) {
      problems.show(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <form data-testid="quick-customer-form" onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            label="Name"
            withAsterisk
            maxLength={120}
            data-autofocus
            autoFocus
            {...form.getInputProps('name')}
          />
          <TextInput label="Phone" inputMode="tel" placeholder="+261 34 12 345 67" {...form.getInputProps('phone')} />
        </Group>
        <FormFeedback testId="quick-customer-form" error={problems.message} />
        <Button type="submit" loading={saving}>
          Create and sell to
        </Button>
      </Stack>
    </form>
  )
}
