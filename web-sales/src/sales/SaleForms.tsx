import { describeError, FormFeedback } from '@elif/web-kit'
import { Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import type { UseMutationResult } from '@tanstack/react-query'
import { useState } from 'react'
import {
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  useReturnSale,
  useTakePayment,
  type NewPayment,
  type PaymentMethod,
  type Sale,
} from './api'

const METHOD_OPTIONS = PAYMENT_METHODS.map((method) => ({ value: method, label: PAYMENT_METHOD_LABELS[method] }))

interface PaymentFormProps {
  title: string
  note?: string
  /** Prefix of the test ids: `<testId>-form`, `-method`, `-amount`, `-reference`, `-submit`. */
  testId: string
  initialAmount: string
  mutation: UseMutationResult<unknown, Error, NewPayment>
}

/** A payment: cash (the server gives the change), card, mobile money (with its reference) or bank transfer. */
export function PaymentForm({ title, note, testId, initialAmount, mutation }: PaymentFormProps) {
  const [method, setMethod] = useState<PaymentMethod>('CASH')
  const [amount, setAmount] = useState(initialAmount)
  const [reference, setReference] = useState('')
  const [saved, setSaved] = useState<string | null>(null)
  return (
    <Paper withBorder p="md" data-testid={`${testId}-form`}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {note && (
        <Text size="sm" c="dimmed" mb="sm">
          {note}
        </Text>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setSaved(null)
          mutation.mutate(
            { method, amount, reference: reference.trim() || undefined },
            { onSuccess: () => setSaved(`${PAYMENT_METHOD_LABELS[method]} payment of ${amount} taken.`) },
          )
        }}
      >
        <Stack>
          <Group grow align="flex-end">
            <NativeSelect
              data-testid={`${testId}-method`}
              label="Method"
              data={METHOD_OPTIONS}
              value={method}
              onChange={(event) => setMethod(event.currentTarget.value as PaymentMethod)}
            />
            <TextInput
              data-testid={`${testId}-amount`}
              label="Amount"
              inputMode="decimal"
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
            />
            <TextInput
              data-testid={`${testId}-reference`}
              label="Reference"
              description={method === 'MOBILE_MONEY' ? "The operator's transaction reference" : 'Optional'}
              value={reference}
              onChange={(event) => setReference(event.currentTarget.value)}
            />
          </Group>
          <FormFeedback testId={testId} error={mutation.isError ? describeError(mutation.error) : null} saved={saved} />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} data-testid={`${testId}-submit`}>
              Take payment
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}

/** A payment on a completed sale that still owes, prefilled with what it owes. */
export function SalePaymentForm({ sale }: { sale: Sale }) {
  return (
    <PaymentForm
      title="Take a payment"
      testId="payment"
      initialAmount={sale.owed ?? ''}
      mutation={useTakePayment(sale.id)}
    />
  )
}

/**
 * A manager's return of a completed sale: how many packs of each line come back (none chosen: everything left)
 * and why; money handed back goes by the method chosen.
 */
export function ReturnForm({ sale }: { sale: Sale }) {
  const accept = useReturnSale(sale.id)
  const [quantities, setQuantities] = useState<Record<number, number>>({})
  const [reason, setReason] = useState('')
  const [refundMethod, setRefundMethod] = useState<PaymentMethod>('CASH')
  const [saved, setSaved] = useState<string | null>(null)
  const lines = Object.entries(quantities)
    .filter(([, quantity]) => quantity > 0)
    .map(([lineNo, quantity]) => ({ lineNo: Number(lineNo), quantity }))
  return (
    <Paper withBorder p="md" data-testid="return-form">
      <Title order={4} mb="sm">
        Return goods
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setSaved(null)
          accept.mutate(
            { lines, reason, refundMethod },
            {
              onSuccess: (taken) => {
                setQuantities({})
                setReason('')
                setSaved(`Return ${taken.number} recorded: ${taken.credit} credited, ${taken.refund} refunded.`)
              },
            },
          )
        }}
      >
        <Stack>
          <Table>
            <Table.Tbody>
              {sale.lines.map((line, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    {line.quantity} × {line.name}
                  </Table.Td>
                  <Table.Td w={140}>
                    <NumberInput
                      data-testid={`return-quantity-${index + 1}`}
                      aria-label={`Packs of ${line.name} coming back`}
                      min={0}
                      max={line.quantity}
                      allowDecimal={false}
                      value={quantities[index + 1] ?? 0}
                      onChange={(value) => setQuantities({ ...quantities, [index + 1]: Number(value) || 0 })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group grow align="flex-end">
            <TextInput
              data-testid="return-reason"
              label="Reason"
              required
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <NativeSelect
              data-testid="return-refund-method"
              label="Refund by"
              data={METHOD_OPTIONS}
              value={refundMethod}
              onChange={(event) => setRefundMethod(event.currentTarget.value as PaymentMethod)}
            />
          </Group>
          <FormFeedback testId="return" error={accept.isError ? describeError(accept.error) : null} saved={saved} />
          <Group justify="flex-end">
            <Button type="submit" color="orange" loading={accept.isPending} data-testid="return-submit">
              {lines.length === 0 ? 'Return everything left' : 'Return these'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
