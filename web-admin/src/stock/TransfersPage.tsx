import {
  describeError,
  FormFeedback,
  formatDateTime,
  formatQuantity,
  LocationSelect,
  QueryContent,
  useProblemFields,
  useUrlFilters,
} from '@elif/web-kit'
import {
  TRANSFER_STATE_LABELS,
  useCreateTransfer,
  useReceiveTransfer,
  useTransfers,
  type Transfer,
  type TransferState,
} from './api/operations'
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { emptyLine, LINE_PROBLEMS, LINE_RULES, ProductLinesEditor, productQuantity, type ProductLine } from './lines'

interface FormValues {
  fromLocationId: string
  toLocationId: string
  note: string
  lines: ProductLine[]
}

const newLine = () => emptyLine<ProductLine>({})

/** Sends stock from one location to another: at once within a warehouse, in transit between warehouses. */
function NewTransferForm() {
  const create = useCreateTransfer()
  const form = useForm<FormValues>({
    initialValues: { fromLocationId: '', toLocationId: '', note: '', lines: [newLine()] },
    validate: {
      fromLocationId: (value) => (value ? null : 'Choose a location'),
      toLocationId: (value) => (value ? null : 'Choose a location'),
      lines: LINE_RULES,
    },
  })
  const problems = useProblemFields(form, {
    fields: ['fromLocationId', 'toLocationId', 'note', ...LINE_PROBLEMS.fields],
    renames: LINE_PROBLEMS.renames,
  })
  const [created, setCreated] = useState<Transfer | null>(null)

  const submit = (values: FormValues) => {
    problems.clear()
    setCreated(null)
    const note = values.note.trim()
    create.mutate(
      {
        fromLocationId: values.fromLocationId,
        toLocationId: values.toLocationId,
        ...(note ? { note } : {}),
        lines: values.lines.map(productQuantity),
      },
      {
        onSuccess: (transfer) => {
          setCreated(transfer)
          form.setValues({ note: '', lines: [newLine()] })
        },
        onError: problems.show,
      },
    )
  }

  return (
    <form data-testid="transfer-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={3}>New transfer</Title>
        <Group grow align="flex-start">
          <LocationSelect
            label="From location"
            placeholderOption="Choose a location…"
            withAsterisk
            {...form.getInputProps('fromLocationId')}
          />
          <LocationSelect
            label="To location"
            placeholderOption="Choose a location…"
            withAsterisk
            {...form.getInputProps('toLocationId')}
          />
        </Group>
        <ProductLinesEditor form={form} newLine={newLine} lineTestId="transfer-line" />
        <TextInput label="Note" {...form.getInputProps('note')} />
        <FormFeedback
          testId="transfer"
          error={problems.message}
          saved={created && `Transfer ${created.number} ${created.state === 'RECEIVED' ? 'done' : 'sent: in transit'}.`}
          savedTestId="transfer-created"
          onDismissSaved={() => setCreated(null)}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Send transfer
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function TransferRow({ transfer }: { transfer: Transfer }) {
  const receive = useReceiveTransfer()
  return (
    <Table.Tr data-testid="transfer-row" data-number={transfer.number} data-state={transfer.state}>
      <Table.Td ff="monospace">{transfer.number}</Table.Td>
      <Table.Td>
        {transfer.fromWarehouseCode} / {transfer.fromLocationCode} → {transfer.toWarehouseCode} /{' '}
        {transfer.toLocationCode}
      </Table.Td>
      <Table.Td>
        {transfer.lines.map((line) => (
          <Text key={`${line.productId}/${line.lot}`} size="sm">
            {formatQuantity(line.quantity)} × {line.sku} · {line.name}
            {line.lot ? ` (lot ${line.lot})` : ''}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {formatDateTime(transfer.createdAt)} · {transfer.createdBy}
        </Text>
        {transfer.receivedAt && (
          <Text size="sm" c="dimmed">
            received {formatDateTime(transfer.receivedAt)} · {transfer.receivedBy}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {transfer.state === 'IN_TRANSIT' ? (
          <Stack gap={4} align="flex-start">
            <Button size="compact-sm" loading={receive.isPending} onClick={() => receive.mutate(transfer.id)}>
              Receive
            </Button>
            {receive.isError && (
              <Text c="red" size="sm" data-testid="transfer-receive-error">
                {describeError(receive.error)}
              </Text>
            )}
          </Stack>
        ) : (
          <Badge color="green" variant="light">
            {TRANSFER_STATE_LABELS[transfer.state]}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

function TransferList() {
  const { filters, setFilters } = useUrlFilters({ state: 'IN_TRANSIT' })
  const state = filters.state as TransferState
  const transfers = useTransfers(state)
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>Transfers</Title>
        <SegmentedControl
          data-testid="transfer-state"
          value={state}
          onChange={(value) => setFilters({ state: value })}
          data={[
            { value: 'IN_TRANSIT', label: TRANSFER_STATE_LABELS.IN_TRANSIT },
            { value: 'RECEIVED', label: TRANSFER_STATE_LABELS.RECEIVED },
          ]}
        />
      </Group>
      <QueryContent
        query={transfers}
        what="Transfers"
        testId="transfers"
        isEmpty={(data) => data.length === 0}
        emptyText={state === 'IN_TRANSIT' ? 'Nothing in transit.' : 'No transfer received yet.'}
      >
        {(data) => (
          <Table.ScrollContainer minWidth={800}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Number</Table.Th>
                  <Table.Th>From → to</Table.Th>
                  <Table.Th>Lines</Table.Th>
                  <Table.Th>Sent</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((transfer) => (
                  <TransferRow key={transfer.id} transfer={transfer} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryContent>
    </Stack>
  )
}

/** Transfers: send stock between locations and warehouses, and receive what is in transit. */
export function TransfersPage() {
  return (
    <Stack>
      <Title order={2}>Transfers</Title>
      <Paper withBorder p="md">
        <NewTransferForm />
      </Paper>
      <TransferList />
    </Stack>
  )
}
