import { describeError, formatMoney, ProblemError, problemType } from '@elif/web-kit'
import { Alert, Button, Group, Kbd, Modal, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core'
import { useRef, useState, type KeyboardEvent } from 'react'
import type { CompleteBody, Customer, Sale } from './api'
import {
  centsOf,
  creditLimitFigures,
  fromCents,
  METHODS,
  paymentsBody,
  settle,
  type PaymentEntry,
  type PaymentMethod,
} from './payment'

interface PaymentPanelProps {
  /** The sale to pay, as the server last answered it (its payable). */
  sale: Sale | null
  customer: Customer | undefined
  /** A MANAGER or ADMIN, who may override the credit limit with a reason. */
  manager: boolean
  onClose: () => void
  /** Completes the sale with the body; the key stays the same for the same body (a retry pays once). */
  complete: (body: CompleteBody, key: string) => Promise<Sale>
  onCompleted: (sale: Sale) => void
  /** A refusal that is not the payment's (a shortfall, a sale no longer open): the panel closes and the caller shows it. */
  onRefused?: (error: unknown) => boolean
}

const METHOD_LABEL = Object.fromEntries(METHODS.map((method) => [method.value, method.label])) as Record<
  PaymentMethod,
  string
>

const cash = (amount: bigint): PaymentEntry => ({
  method: 'CASH',
  amount: amount > 0n ? fromCents(amount) : '',
  reference: '',
})

/**
 * The checkout: payments (cash by default, Alt+1-4 to switch the method, Alt+A to split), the change for cash and what
 * stays owed shown as typed, Enter completes. A walk-in customer pays everything; a named customer may owe the rest
 * within the credit limit, beyond it a manager gives a reason. The server has the last word and its detail is shown.
 */
export function PaymentPanel(props: PaymentPanelProps) {
  const { sale } = props
  return (
    <Modal
      opened={sale !== null}
      onClose={props.onClose}
      title={sale ? `Payment — ${sale.number}` : ''}
      centered
      size="lg"
    >
      {/* a new sale (or a new figure to pay) starts afresh: cash for everything it asks */}
      {sale && <PaymentForm key={`${sale.id}:${sale.payable}`} {...props} sale={sale} />}
    </Modal>
  )
}

function PaymentForm(props: PaymentPanelProps & { sale: Sale }) {
  const { sale, customer, manager } = props
  const payable = centsOf(sale.payable)
  const [entries, setEntries] = useState<PaymentEntry[]>([])
  const [current, setCurrent] = useState<PaymentEntry>(cash(payable))
  const [reason, setReason] = useState('')
  const [error, setError] = useState<unknown>(null)
  const [running, setRunning] = useState(false)
  const amountRef = useRef<HTMLInputElement | null>(null)
  const referenceRef = useRef<HTMLInputElement | null>(null)
  const sent = useRef<{ body: string; key: string } | null>(null)

  // an empty amount is no payment: a named customer may leave everything owed within the credit limit
  const all = current.amount.trim() === '' ? entries : [...entries, current]
  const settlement = settle(payable, all)
  const walkIn = customer?.walkIn ?? false
  const blocked = settlement.problems.find((problem) => problem !== null) ?? null
  const walkInShort = walkIn && settlement.remaining > 0n
  const credit = error instanceof ProblemError && problemType(error) === 'credit-limit'
  const figures = credit ? creditLimitFigures(error.problem as Record<string, unknown>) : null
  const canComplete = !running && blocked === null && !walkInShort && (!figures || !manager || reason.trim() !== '')

  const setMethod = (method: PaymentMethod) => {
    setCurrent((now) => ({ ...now, method }))
    setError(null)
    if (method !== 'CASH') window.requestAnimationFrame(() => referenceRef.current?.focus())
  }

  const split = () => {
    if (current.amount.trim() === '' || settlement.problems.at(-1) !== null) return
    const taken = [...entries, current]
    setEntries(taken)
    setCurrent(cash(settle(payable, taken).remaining))
    setError(null)
    window.requestAnimationFrame(() => amountRef.current?.select())
  }

  const submit = async () => {
    if (!canComplete) return
    const body: CompleteBody = {
      payments: paymentsBody(all),
      ...(figures && manager && reason.trim() ? { creditOverride: { reason: reason.trim() } } : {}),
    }
    const text = JSON.stringify(body)
    if (sent.current?.body !== text) sent.current = { body: text, key: crypto.randomUUID() }
    setRunning(true)
    setError(null)
    try {
      props.onCompleted(await props.complete(body, sent.current.key))
    } catch (refused) {
      if (!props.onRefused?.(refused)) setError(refused)
    } finally {
      setRunning(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const method = event.altKey ? METHODS.find((candidate) => candidate.key === event.key) : undefined
    if (method) {
      event.preventDefault()
      setMethod(method.value)
    } else if (event.altKey && (event.key === 'a' || event.key === 'A')) {
      event.preventDefault()
      split()
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault()
      event.stopPropagation()
      void submit()
    }
  }

  return (
    <Stack gap="sm" data-testid="payment-panel" onKeyDown={onKeyDown}>
      <Group justify="space-between">
        <Text size="lg">To pay</Text>
        <Text size="xl" fw={700} data-testid="payment-payable">
          {formatMoney(sale.payable)}
        </Text>
      </Group>
      {centsOf(sale.depositTotal) > 0n && (
        <Text size="sm" c="dimmed" ta="right">
          goods {formatMoney(sale.total)} + deposits {formatMoney(sale.depositTotal)}
        </Text>
      )}
      {entries.length > 0 && (
        <Table data-testid="payment-entries">
          <Table.Tbody>
            {entries.map((entry, index) => (
              <Table.Tr key={index} data-testid="payment-entry">
                <Table.Td>{METHOD_LABEL[entry.method]}</Table.Td>
                <Table.Td ff="monospace">{entry.reference}</Table.Td>
                <Table.Td ta="right">{formatMoney(entry.amount)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setEntries(entries.filter((_, at) => at !== index))}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SegmentedControl
        data-testid="payment-method"
        fullWidth
        size="md"
        value={current.method}
        onChange={(value) => setMethod(value as PaymentMethod)}
        data={METHODS.map((method) => ({ value: method.value, label: `${method.label} (Alt+${method.key})` }))}
      />
      <Group grow align="flex-start">
        <TextInput
          ref={amountRef}
          data-autofocus
          data-testid="payment-amount"
          label={current.method === 'CASH' ? 'Cash handed over' : 'Amount'}
          size="lg"
          inputMode="decimal"
          value={current.amount}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            const amount = event.currentTarget.value
            setCurrent((now) => ({ ...now, amount }))
            setError(null)
          }}
          error={current.amount.trim() === '' ? undefined : settlement.problems.at(-1)}
        />
        {current.method !== 'CASH' && (
          <TextInput
            ref={referenceRef}
            data-testid="payment-reference"
            label={current.method === 'MOBILE_MONEY' ? 'Transaction reference (required)' : 'Reference (optional)'}
            size="lg"
            maxLength={100}
            value={current.reference}
            onChange={(event) => {
              const reference = event.currentTarget.value
              setCurrent((now) => ({ ...now, reference }))
              setError(null)
            }}
          />
        )}
      </Group>
      <Group justify="space-between">
        <Text>Change</Text>
        <Text size="xl" fw={700} data-testid="payment-change">
          {formatMoney(fromCents(settlement.change))}
        </Text>
      </Group>
      <Group justify="space-between">
        <Text>{walkIn ? 'Still to pay' : 'Stays owed'}</Text>
        <Text size="lg" fw={700} c={settlement.remaining > 0n ? 'orange' : undefined} data-testid="payment-remaining">
          {formatMoney(fromCents(settlement.remaining))}
          {!walkIn && settlement.remaining > 0n && customer ? ` (due in ${customer.paymentTermsDays} days)` : ''}
        </Text>
      </Group>
      {walkInShort && (
        <Text c="red" size="sm" data-testid="payment-walk-in">
          The walk-in customer pays everything: pay {formatMoney(fromCents(settlement.remaining))} more, or sell to a
          named customer.
        </Text>
      )}
      {error !== null && (
        <Alert
          color="red"
          data-testid="payment-error"
          title={figures ? 'Over the credit limit' : undefined}
          data-problem={problemType(error) ?? ''}
        >
          <Stack gap={4}>
            <span>{describeError(error)}</span>
            {figures && (
              <Text size="sm" data-testid="payment-credit">
                Limit {formatMoney(figures.creditLimit)} · owed before {formatMoney(figures.openBalance)} · this sale
                leaves {formatMoney(figures.unpaid)} · over by {formatMoney(figures.excess)}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      {figures && manager && (
        <TextInput
          data-testid="payment-override-reason"
          label="Override the credit limit: reason"
          size="md"
          maxLength={200}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      )}
      <Group grow>
        <Button size="lg" variant="default" data-testid="payment-split" onClick={split}>
          Split: add payment&nbsp;<Kbd size="xs">Alt</Kbd>+<Kbd size="xs">A</Kbd>
        </Button>
        <Button
          size="lg"
          data-testid="payment-complete"
          disabled={!canComplete}
          loading={running}
          onClick={() => void submit()}
        >
          Complete&nbsp;<Kbd size="xs">Enter</Kbd>
        </Button>
      </Group>
    </Stack>
  )
}
