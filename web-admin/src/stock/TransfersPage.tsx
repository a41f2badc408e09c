import {
  describeError,
  formatDateTime,
  formatQuantity,
  LocationSelect,
  TRANSFER_STATE_LABELS,
  useCreateTransfer,
  useReceiveTransfer,
  useTransfers,
  type Product,
  type Transfer,
  type TransferState,
} from '@elif/web-kit'
import { Alert, Badge, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { RemoveLineButton, useLines } from './lines'
import { isLineOrField, useServerProblems } from './problems'
import { ProductPicker } from './ProductPicker'
import { QueryContent } from './QueryContent'

interface LineValues {
  product: Product | null
  quantity: number | string
}

const emptyLine = (): LineValues => ({ product: null, quantity: '' })

/** Sends stock from one location to another: at once within a warehouse, in transit between warehouses. */
function NewTransferForm() {
  const create = useCreateTransfer()
  const problems = useServerProblems(isLineOrField('fromLocationId', 'toLocationId', 'note'))
  const [fromLocationId, setFromLocationId] = useState('')
  const [toLocationId, setToLocationId] = useState('')
  const [note, setNote] = useState('')
  const { lines, add, change, remove, reset } = useLines(emptyLine)
  const [missing, setMissing] = useState<string | null>(null)
  const [created, setCreated] = useState<Transfer | null>(null)

  const submit = () => {
    problems.clear()
    setCreated(null)
    if (!fromLocationId || !toLocationId || lines.some((line) => !line.product || line.quantity === '')) {
      setMissing('Choose both locations, and a product and a quantity on every line.')
      return
    }
    setMissing(null)
    const trimmedNote = note.trim()
    create.mutate(
      {
        fromLocationId,
        toLocationId,
        ...(trimmedNote ? { note: trimmedNote } : {}),
        lines: lines.map((line) => ({ productId: line.product?.id ?? '', quantity: Number(line.quantity) })),
      },
      {
        onSuccess: (transfer) => {
          setCreated(transfer)
          reset()
          setNote('')
        },
        onError: problems.show,
      },
    )
  }

  return (
    <form
      data-testid="transfer-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Stack gap="sm">
        <Title order={3}>New transfer</Title>
        <Group grow align="flex-start">
          <LocationSelect
            label="From location"
            placeholderOption="Choose a location…"
            withAsterisk
            value={fromLocationId}
            onChange={(event) => setFromLocationId(event.currentTarget.value)}
            error={problems.fieldError('fromLocationId')}
          />
          <LocationSelect
            label="To location"
            placeholderOption="Choose a location…"
            withAsterisk
            value={toLocationId}
            onChange={(event) => setToLocationId(event.currentTarget.value)}
            error={problems.fieldError('toLocationId')}
          />
        </Group>
        {lines.map((line, index) => (
          <Group key={line.key} align="flex-start" data-testid="transfer-line">
            <ProductPicker
              label="Product"
              withAsterisk
              value={line.product}
              onChange={(product) => change(line.key, { product })}
              error={problems.fieldError(`lines[${index}].productId`)}
            />
            <NumberInput
              label="Quantity"
              withAsterisk
              allowDecimal={false}
              w={130}
              value={line.quantity}
              onChange={(quantity) => change(line.key, { quantity })}
              error={problems.fieldError(`lines[${index}].quantity`)}
            />
            {lines.length > 1 && <RemoveLineButton index={index} onClick={() => remove(line.key)} />}
          </Group>
        ))}
        <Group>
          <Button variant="light" onClick={add}>
            Add line
          </Button>
        </Group>
        <TextInput label="Note" value={note} onChange={(event) => setNote(event.currentTarget.value)} error={problems.fieldError('note')} />
        {(missing ?? problems.message) && (
          <Alert color="red" data-testid="transfer-error">
            {missing ?? problems.message}
          </Alert>
        )}
        {created && (
          <Alert color="green" data-testid="transfer-created" withCloseButton onClose={() => setCreated(null)}>
            Transfer {created.number} {created.state === 'RECEIVED' ? 'done' : 'sent: in transit'}.
          </Alert>
        )}
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
        {transfer.fromWarehouseCode} / {transfer.fromLocationCode} → {transfer.toWarehouseCode} / {transfer.toLocationCode}
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
  const [state, setState] = useState<TransferState>('IN_TRANSIT')
  const transfers = useTransfers(state)
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>Transfers</Title>
        <SegmentedControl
          data-testid="transfer-state"
          value={state}
          onChange={(value) => setState(value as TransferState)}
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
