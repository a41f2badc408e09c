import {
  describeError,
  fetchBarcode,
  FormFeedback,
  hasAnyRole,
  httpStatus,
  LocationSelect,
  problemType,
  QueryContent,
  stockKeys,
  useMe,
  useProblemFields,
} from '@elif/web-kit'
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useState, type KeyboardEvent } from 'react'
import { Link, useParams } from 'react-router'
import {
  confirmDelivery,
  purchasingKeys,
  RECEIVABLE,
  recordDelivery,
  replaceDeliveryLines,
  useConfirmDelivery,
  useOrderDeliveries,
  usePurchaseOrder,
  type Delivery,
  type PurchaseOrder,
} from './api'
import { OrderStateBadge } from './OrderStateBadge'
import { purchaseOrderHref } from './paths'
import { packText } from './PurchaseOrderPage'

interface LineValues {
  lineNo: number
  quantity: string
  lot: string
  bestBefore: string
  condition: string
}

interface DeliveryValues {
  supplierReference: string
  locationId: string
  lines: LineValues[]
}

const LINE_FIELDS = ['quantity', 'lot', 'bestBefore', 'condition'] as const

const linesOf = (order: PurchaseOrder): LineValues[] =>
  order.lines.map((line) => ({ lineNo: line.lineNo, quantity: '', lot: '', bestBefore: '', condition: '' }))

/** The lines that carry a quantity, as the API takes them; their indices in the form, in the same order. */
function arrived(values: DeliveryValues) {
  const indices: number[] = []
  const lines = values.lines.flatMap((line, index) => {
    const quantity = line.quantity.trim()
    if (quantity === '' || quantity === '0') return []
    indices.push(index)
    const lot = line.lot.trim()
    const condition = line.condition.trim()
    return [
      {
        lineNo: line.lineNo,
        quantity: (/^\d{1,9}$/.test(quantity) ? Number(quantity) : quantity) as number,
        ...(lot ? { lot } : {}),
        ...(line.bestBefore ? { bestBefore: line.bestBefore } : {}),
        ...(condition ? { condition } : {}),
        ...(values.locationId ? { locationId: values.locationId } : {}),
      },
    ]
  })
  return { lines, indices }
}

/** Drafts of this order waiting for their confirmation (more than ordered: a manager's reason). */
function WaitingDrafts({ orderId, manager }: { orderId: string; manager: boolean }) {
  const deliveries = useOrderDeliveries(orderId)
  const confirm = useConfirmDelivery()
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const drafts = (deliveries.data?.items ?? []).filter((delivery) => delivery.state === 'DRAFT')
  if (drafts.length === 0) return null
  return (
    <Paper withBorder p="md" data-testid="receive-drafts">
      <Title order={4} mb="xs">
        Deliveries waiting for their confirmation
      </Title>
      {confirm.isError && (
        <Alert color="red" mb="xs" data-testid="receive-drafts-error">
          {describeError(confirm.error)}
        </Alert>
      )}
      {drafts.map((draft) => (
        <Group key={draft.id} align="flex-end" data-testid="receive-draft" data-number={draft.number}>
          <Text ff="monospace">{draft.number}</Text>
          <Text size="sm">{draft.lines.map((line) => `${line.quantity} × ${line.name}`).join(', ')}</Text>
          {manager && (
            <TextInput
              label="Reason to receive more than ordered"
              value={reasons[draft.id] ?? ''}
              onChange={(event) => setReasons({ ...reasons, [draft.id]: event.currentTarget.value })}
              data-testid="receive-draft-reason"
            />
          )}
          <Button
            loading={confirm.isPending && confirm.variables.id === draft.id}
            onClick={() => confirm.mutate({ id: draft.id, overrideReason: reasons[draft.id]?.trim() || undefined })}
          >
            Confirm
          </Button>
        </Group>
      ))}
    </Paper>
  )
}

function ReceiveForm({
  order,
  onConfirmed,
}: {
  order: PurchaseOrder
  onConfirmed: (delivery: Delivery | null) => void
}) {
  const manager = hasAnyRole(useMe(), ['ADMIN', 'MANAGER'])
  const queryClient = useQueryClient()
  const form = useForm<DeliveryValues>({
    initialValues: { supplierReference: '', locationId: '', lines: linesOf(order) },
  })
  const [scan, setScan] = useState('')
  const [scanned, setScanned] = useState<{ text: string; error: boolean } | null>(null)
  const [draft, setDraft] = useState<Delivery | null>(null)
  const [overDelivery, setOverDelivery] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [saving, setSaving] = useState(false)

  // The server counts the lines it was sent; the form shows every line of the order
  const { indices } = arrived(form.values)
  const renames: Record<string, string> = { 'lines.*.locationId': 'locationId' }
  indices.forEach((formIndex, sentIndex) => {
    for (const field of [...LINE_FIELDS, 'lineNo']) {
      renames[`lines.${sentIndex}.${field}`] = `lines.${formIndex}.${field === 'lineNo' ? 'quantity' : field}`
    }
  })
  const problems = useProblemFields(form, {
    fields: ['supplierReference', 'locationId', ...LINE_FIELDS.map((field) => `lines.*.${field}`)],
    renames,
  })

  const onScan = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const code = scan.trim()
    setScan('')
    if (!code) return
    try {
      const match = await fetchBarcode(code)
      const index = match
        ? order.lines.findIndex(
            (line) => line.productId === match.productId && (line.packId ?? null) === (match.packId ?? null),
          )
        : -1
      const line = order.lines[index]
      if (line === undefined) {
        setScanned({ text: `${code}: not on this order.`, error: true })
        return
      }
      // the form as it is now, not as this render saw it: a scanner's codes come faster than the look-ups
      const current = Number(form.getValues().lines[index]?.quantity) || 0
      form.setFieldValue(`lines.${index}.quantity`, String(current + 1))
      setScanned({ text: `${line.name} (${packText(line.unitsPerPack)}): ${current + 1}`, error: false })
    } catch (error) {
      setScanned({ text: describeError(error), error: true })
    }
  }

  const finish = (confirmed: Delivery) => {
    onConfirmed(confirmed)
    setDraft(null)
    setOverDelivery(null)
    setReason('')
    form.setValues({ supplierReference: '', locationId: form.values.locationId, lines: linesOf(order) })
    setScanned(null)
    void queryClient.invalidateQueries({ queryKey: purchasingKeys.all })
    void queryClient.invalidateQueries({ queryKey: stockKeys.all })
  }

  const submit = async (values: DeliveryValues) => {
    problems.clear()
    onConfirmed(null)
    const { lines } = arrived(values)
    if (lines.length === 0) {
      setScanned({ text: 'Scan or type what arrived first.', error: true })
      return
    }
    setSaving(true)
    let recorded = draft
    try {
      recorded = recorded
        ? await replaceDeliveryLines(recorded.id, lines)
        : await recordDelivery({
            orderId: order.id,
            ...(values.supplierReference.trim() ? { supplierReference: values.supplierReference.trim() } : {}),
            lines,
          })
      setDraft(recorded)
      const override = overDelivery !== null && reason.trim() ? reason.trim() : undefined
      finish(await confirmDelivery(recorded.id, override))
    } catch (error) {
      if (httpStatus(error) === 409 && problemType(error) === 'over-delivery') setOverDelivery(describeError(error))
      else problems.show(error)
      void queryClient.invalidateQueries({ queryKey: purchasingKeys.deliveries(order.id) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form data-testid="receive-form" onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm">
        <Group align="flex-end" grow>
          <TextInput
            autoFocus
            label="Scan"
            description="A pack's or a product's barcode adds one to its line"
            value={scan}
            onChange={(event) => setScan(event.currentTarget.value)}
            onKeyDown={(event) => void onScan(event)}
            data-testid="receive-scan"
          />
          <TextInput
            label="Supplier's delivery note"
            {...form.getInputProps('supplierReference')}
            data-testid="receive-reference"
          />
          <LocationSelect
            label="Into location"
            placeholderOption="The warehouse's default location"
            warehouseId={order.warehouseId}
            {...form.getInputProps('locationId')}
          />
        </Group>
        {scanned && (
          <Text size="sm" c={scanned.error ? 'red' : 'green'} data-testid="receive-scanned">
            {scanned.text}
          </Text>
        )}
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Product</Table.Th>
                <Table.Th ta="right">To come</Table.Th>
                <Table.Th>Arrived (packs)</Table.Th>
                <Table.Th>Lot</Table.Th>
                <Table.Th>Best before</Table.Th>
                <Table.Th>Condition</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((line, index) => (
                <Table.Tr key={line.lineNo} data-testid="receive-line" data-sku={line.sku}>
                  <Table.Td>
                    {line.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {line.sku} · {packText(line.unitsPerPack)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" data-testid="receive-line-outstanding">
                    {line.outstanding}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Arrived of ${line.sku}`}
                      inputMode="numeric"
                      w={90}
                      {...form.getInputProps(`lines.${index}.quantity`)}
                      data-testid="receive-line-quantity"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Lot of ${line.sku}`}
                      w={130}
                      {...form.getInputProps(`lines.${index}.lot`)}
                      data-testid="receive-line-lot"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Best before of ${line.sku}`}
                      type="date"
                      w={160}
                      {...form.getInputProps(`lines.${index}.bestBefore`)}
                      data-testid="receive-line-best-before"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Condition of ${line.sku}`}
                      placeholder="e.g. 2 bottles broken"
                      {...form.getInputProps(`lines.${index}.condition`)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {overDelivery && (
          <Alert color="orange" data-testid="receive-over-delivery" title="More than ordered">
            <Stack gap="xs">
              <Text size="sm">{overDelivery}</Text>
              {manager ? (
                <TextInput
                  label="Reason to accept it"
                  withAsterisk
                  value={reason}
                  onChange={(event) => setReason(event.currentTarget.value)}
                  data-testid="receive-override-reason"
                />
              ) : (
                <Text size="sm">
                  The delivery {draft?.number} waits as a draft: a manager confirms it with a reason, or correct the
                  quantities and confirm again.
                </Text>
              )}
            </Stack>
          </Alert>
        )}
        <FormFeedback testId="receive" error={problems.message} />
        <Group>
          <Button type="submit" loading={saving} data-testid="receive-confirm">
            {overDelivery && manager ? 'Confirm with override' : 'Confirm delivery'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/**
 * Goods arriving for one order: a scan adds one pack to its line (or type the count), with the lot, best-before and
 * condition per line; confirming records the delivery and books it into stock once. More than ordered needs a
 * manager's reason.
 */
export function ReceiveOrderPage() {
  const { orderId = '' } = useParams()
  const manager = hasAnyRole(useMe(), ['ADMIN', 'MANAGER'])
  const order = usePurchaseOrder(orderId)
  // stays when the order, received in full, takes no more goods and the form goes
  const [done, setDone] = useState<Delivery | null>(null)
  return (
    <Stack data-testid="receive-order">
      <Anchor component={Link} to="/receiving" size="sm">
        ← Receiving
      </Anchor>
      <QueryContent query={order} what="The order" testId="receive-order">
        {(data) => (
          <>
            <Group>
              <Title order={2} data-testid="receive-order-number">
                Receive {data.number}
              </Title>
              <OrderStateBadge state={data.state} testId="receive-order-state" />
              {manager && (
                <Anchor component={Link} to={purchaseOrderHref(data.id)} size="sm">
                  The order
                </Anchor>
              )}
            </Group>
            <Text c="dimmed">
              {data.supplier.name} ({data.supplier.code})
            </Text>
            <WaitingDrafts orderId={data.id} manager={manager} />
            <FormFeedback
              testId="receive-delivery"
              error={null}
              saved={
                done &&
                `${done.number} confirmed: ${done.lines.map((line) => `${line.quantity} × ${line.name}`).join(', ')} booked in.`
              }
              savedTestId="receive-done"
              onDismissSaved={() => setDone(null)}
            />
            {RECEIVABLE.includes(data.state) ? (
              <Paper withBorder p="md">
                <ReceiveForm key={data.id} order={data} onConfirmed={setDone} />
              </Paper>
            ) : (
              <Text data-testid="receive-closed">This order takes no more goods.</Text>
            )}
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
