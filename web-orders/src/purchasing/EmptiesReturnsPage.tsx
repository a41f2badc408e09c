import {
  FormFeedback,
  formatMoney,
  formatQuantity,
  QueryContent,
  useEmpties,
  useProblemFields,
  useUrlFilters,
  useWarehouses,
} from '@elif/web-kit'
import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useReturnEmpties, useSupplierContainers, type EmptiesReturn, type SupplierContainers } from './api'
import { SupplierSelect } from './SupplierSelect'

interface ReturnValues {
  warehouseId: string
  supplierReference: string
  /** By container type: what goes back, as typed. */
  quantities: Record<string, string>
}

function ReturnForm({ supplierId, account }: { supplierId: string; account: SupplierContainers }) {
  const warehouses = useWarehouses()
  const empties = useEmpties()
  const returnEmpties = useReturnEmpties(supplierId)
  const active = (warehouses.data ?? []).filter((warehouse) => warehouse.active)
  const form = useForm<ReturnValues>({ initialValues: { warehouseId: '', supplierReference: '', quantities: {} } })
  const warehouseId =
    form.values.warehouseId || (active.find((warehouse) => warehouse.isDefault) ?? active[0])?.id || ''
  const standing = new Map(
    (empties.data ?? [])
      .filter((stock) => stock.warehouseId === warehouseId)
      .flatMap((stock) => stock.empties.map((count) => [count.containerTypeId, count.quantity] as const)),
  )
  const held = account.containers.filter((container) => container.held > 0)
  // the lines sent: the types with a quantity, in the table's order
  const sent = held.filter((container) => (form.values.quantities[container.containerTypeId] ?? '').trim() !== '')
  const renames: Record<string, string> = {}
  sent.forEach((container, index) => {
    renames[`lines.${index}.quantity`] = `quantities.${container.containerTypeId}`
    renames[`lines.${index}.containerTypeId`] = `quantities.${container.containerTypeId}`
  })
  const problems = useProblemFields(form, {
    fields: ['warehouseId', 'supplierReference', 'quantities.*'],
    renames,
  })
  const [done, setDone] = useState<EmptiesReturn | null>(null)

  const submit = (values: ReturnValues) => {
    problems.clear()
    setDone(null)
    returnEmpties.mutate(
      {
        warehouseId,
        supplierReference: values.supplierReference.trim(),
        lines: sent.map((container) => {
          const typed = (values.quantities[container.containerTypeId] ?? '').trim()
          return {
            containerTypeId: container.containerTypeId,
            quantity: (/^\d{1,9}$/.test(typed) ? Number(typed) : typed) as number,
          }
        }),
      },
      {
        onSuccess: (returned) => {
          setDone(returned)
          form.setValues({ supplierReference: '', quantities: {} })
        },
        onError: problems.show,
      },
    )
  }

  if (held.length === 0) {
    return (
      <Text c="dimmed" data-testid="empties-return-nothing">
        We hold none of this supplier&apos;s containers: they come in with its deliveries.
      </Text>
    )
  }
  return (
    <form data-testid="empties-return-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <NativeSelect
            label="From warehouse"
            data={active.map((warehouse) => ({ value: warehouse.id, label: `${warehouse.code} · ${warehouse.name}` }))}
            {...form.getInputProps('warehouseId')}
            value={warehouseId}
          />
          <TextInput
            label="Supplier's note"
            description="Their receipt for the empties"
            {...form.getInputProps('supplierReference')}
          />
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Container</Table.Th>
              <Table.Th ta="right">Held of theirs</Table.Th>
              <Table.Th ta="right">Empty in the warehouse</Table.Th>
              <Table.Th ta="right">Deposit</Table.Th>
              <Table.Th>Back to the supplier</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {held.map((container) => (
              <Table.Tr key={container.containerTypeId} data-testid="empties-return-line" data-code={container.code}>
                <Table.Td>
                  {container.name}{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {container.code}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatQuantity(container.held)}</Table.Td>
                <Table.Td ta="right" data-testid="empties-return-standing">
                  {formatQuantity(standing.get(container.containerTypeId) ?? 0)}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(container.unitDeposit)}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Back to the supplier: ${container.code}`}
                    inputMode="numeric"
                    w={110}
                    {...form.getInputProps(`quantities.${container.containerTypeId}`)}
                    value={form.values.quantities[container.containerTypeId] ?? ''}
                    data-testid="empties-return-quantity"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FormFeedback
          testId="empties-return"
          error={problems.message}
          saved={done && `${done.number}: ${formatMoney(done.credit)} ${done.currency} credited.`}
          savedTestId="empties-return-done"
          onDismissSaved={() => setDone(null)}
        />
        <Group>
          <Button type="submit" loading={returnEmpties.isPending} disabled={sent.length === 0}>
            Return empties
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function Account({ account }: { account: SupplierContainers }) {
  return (
    <Stack gap="xs">
      <Table striped data-testid="supplier-containers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Container</Table.Th>
            <Table.Th ta="right">Received</Table.Th>
            <Table.Th ta="right">Returned</Table.Th>
            <Table.Th ta="right">We hold</Table.Th>
            <Table.Th ta="right">Worth</Table.Th>
            <Table.Th ta="right">Credited to us</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {account.containers.map((container) => (
            <Table.Tr key={container.containerTypeId} data-testid="supplier-container" data-code={container.code}>
              <Table.Td>{container.name}</Table.Td>
              <Table.Td ta="right">{formatQuantity(container.received)}</Table.Td>
              <Table.Td ta="right">{formatQuantity(container.returned)}</Table.Td>
              <Table.Td ta="right" data-testid="supplier-container-held">
                {formatQuantity(container.held)}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(container.heldValue)}</Table.Td>
              <Table.Td ta="right">{formatMoney(container.credited)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4} ta="right">
              Total ({account.currency})
            </Table.Th>
            <Table.Th ta="right">{formatMoney(account.heldValue)}</Table.Th>
            <Table.Th ta="right" data-testid="supplier-containers-credited">
              {formatMoney(account.credited)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {account.returns.length > 0 && (
        <>
          <Title order={4}>Latest returns</Title>
          {account.returns.map((returned) => (
            <Text key={returned.id} size="sm" data-testid="supplier-empties-return">
              <Text span ff="monospace">
                {returned.number}
              </Text>{' '}
              {returned.businessDate}: {returned.lines.map((line) => `${line.quantity} ${line.name}`).join(', ')} ·{' '}
              {formatMoney(returned.credit)} credited
              {returned.supplierReference ? ` (${returned.supplierReference})` : ''}
            </Text>
          ))}
        </>
      )}
    </Stack>
  )
}

/**
 * Empties back to suppliers: what we hold of a supplier's crates and bottles (they came with its deliveries) and what
 * returns credited, and a return that takes empties out of a warehouse at the supplier's deposit. The supplier is in
 * the URL.
 */
export function EmptiesReturnsPage() {
  const { filters, setFilters } = useUrlFilters({ supplier: '' })
  const account = useSupplierContainers(filters.supplier)
  return (
    <Stack data-testid="empties-returns" maw={1100}>
      <Title order={2}>Empties to suppliers</Title>
      <SupplierSelect
        testId="empties-returns-supplier"
        value={filters.supplier}
        onChange={(supplier) => setFilters({ supplier })}
      />
      {filters.supplier && (
        <QueryContent query={account} what="The supplier's containers" testId="supplier-containers">
          {(data) => (
            <>
              <Account account={data} />
              <Paper withBorder p="md">
                <Title order={3} mb="sm">
                  Return empties
                </Title>
                <ReturnForm key={filters.supplier} supplierId={filters.supplier} account={data} />
              </Paper>
            </>
          )}
        </QueryContent>
      )}
    </Stack>
  )
}
