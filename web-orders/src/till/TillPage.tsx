import {
  api,
  formatDateTime,
  formatMoney,
  FormFeedback,
  PrintableZReport,
  QueryContent,
  useProblemFields,
} from '@elif/web-kit'
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import {
  MOVEMENT_LABELS,
  useCloseSession,
  useCurrentSession,
  useMoveCash,
  useOpenSession,
  useTills,
  type CashMovement,
  type TillSession,
} from './api'
import { countedTotal, DENOMINATIONS, difference, integerInput, type CountRow } from './money'

/** The tenant's currency, for the denominations a count starts from. */
function useCurrency() {
  return useQuery({
    queryKey: ['catalog', 'settings'],
    queryFn: ({ signal }) =>
      api
        .get('api/catalog/settings', { signal })
        .json<{ currency: string }>()
        .then((settings) => settings.currency),
  })
}

function OpenSessionForm() {
  const tills = useTills()
  const open = useOpenSession()
  const active = (tills.data ?? []).filter((till) => till.active)
  const form = useForm({ initialValues: { tillId: '', openingFloat: '0' } })
  const problems = useProblemFields(form, {
    fields: ['tillId', 'openingFloat'],
    conflicts: { 'till-session-open': 'tillId' },
  })
  const submit = (values: { tillId: string; openingFloat: string }) => {
    problems.clear()
    open.mutate(
      { tillId: values.tillId || active[0]?.id || '', openingFloat: values.openingFloat.trim() },
      { onError: problems.show },
    )
  }
  return (
    <Paper withBorder p="md" maw={480}>
      <Title order={3} mb="sm">
        Open a session
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Cash sales and payments go through your till: count the float you start with.
      </Text>
      <form data-testid="open-session-form" onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label="Till"
            data-testid="open-session-till"
            data={active.map((till) => ({ value: till.id, label: `${till.code} · ${till.name}` }))}
            {...form.getInputProps('tillId')}
          />
          <TextInput
            label="Float"
            description="The cash in the drawer to give change"
            inputMode="decimal"
            data-testid="open-session-float"
            {...form.getInputProps('openingFloat')}
          />
          <FormFeedback testId="open-session" error={problems.message} />
          <Button type="submit" loading={open.isPending} data-testid="open-session-submit">
            Open the till
          </Button>
        </Stack>
      </form>
    </Paper>
  )
}

/** What the drawer should hold: what came in, what went out (as positive figures) and the expected cash. */
function CashFigures({ session }: { session: TillSession }) {
  const rows: [string, string, string][] = [
    ['Float', session.cash.openingFloat, 'cash-float'],
    ['+ Cash payments', session.cash.payments, 'cash-payments'],
    ['+ Cash put in', session.cash.paidIn, 'cash-paid-in'],
    ['− Refunds', session.cash.refunds, 'cash-refunds'],
    ['− Cash taken out', session.cash.paidOut, 'cash-paid-out'],
  ]
  return (
    <Table withRowBorders={false} maw={360}>
      <Table.Tbody>
        {rows.map(([label, amount, testId]) => (
          <Table.Tr key={testId}>
            <Table.Td>{label}</Table.Td>
            <Table.Td ta="right" data-testid={testId}>
              {formatMoney(amount)}
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td fw={700}>Expected in the drawer</Table.Td>
          <Table.Td ta="right" fw={700} data-testid="cash-expected">
            {formatMoney(session.cash.expected)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  )
}

interface MoveValues {
  kind: CashMovement['kind']
  amount: string
  reason: string
}

function CashMovementForm({ session }: { session: TillSession }) {
  const move = useMoveCash(session.id)
  const form = useForm<MoveValues>({ initialValues: { kind: 'PAID_OUT', amount: '', reason: '' } })
  const problems = useProblemFields(form, { fields: ['kind', 'amount', 'reason'] })
  const [saved, setSaved] = useState<string | null>(null)
  const submit = (values: MoveValues) => {
    problems.clear()
    setSaved(null)
    move.mutate(
      { kind: values.kind, amount: values.amount.trim(), reason: values.reason.trim() },
      {
        onSuccess: (movement) => {
          form.reset()
          setSaved(`${MOVEMENT_LABELS[movement.kind]}: ${formatMoney(movement.amount)}`)
        },
        onError: problems.show,
      },
    )
  }
  return (
    <form data-testid="cash-movement-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={4}>Put cash in or take it out</Title>
        <SegmentedControl
          data={[
            { value: 'PAID_OUT', label: 'Take out' },
            { value: 'PAID_IN', label: 'Put in' },
          ]}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput label="Amount" inputMode="decimal" withAsterisk {...form.getInputProps('amount')} />
          <TextInput label="Reason" maxLength={200} withAsterisk {...form.getInputProps('reason')} />
        </SimpleGrid>
        <FormFeedback testId="cash-movement" error={problems.message} saved={saved} />
        <Button type="submit" variant="light" loading={move.isPending}>
          Record
        </Button>
      </Stack>
    </form>
  )
}

interface CloseValues {
  mode: 'denominations' | 'figure'
  denominations: CountRow[]
  counted: string
}

interface CloseProps {
  session: TillSession
  onClosed: (id: string) => void
}

/** The count starts from the notes and coins of the tenant's currency, once it is known. */
function CloseSession(props: CloseProps) {
  const currency = useCurrency()
  if (currency.isPending) return null
  return <CloseSessionForm {...props} values={DENOMINATIONS[currency.data ?? ''] ?? []} />
}

function CloseSessionForm({ session, onClosed, values }: CloseProps & { values: readonly string[] }) {
  const close = useCloseSession(session.id)
  const form = useForm<CloseValues>({
    initialValues: {
      mode: 'denominations',
      denominations: values.map((value) => ({ value, count: '' })),
      counted: '',
    },
  })
  const problems = useProblemFields(form, {
    fields: ['denominations.*.value', 'denominations.*.count', 'counted'],
  })
  const counted =
    form.values.mode === 'figure' ? form.values.counted.trim() || null : countedTotal(form.values.denominations)
  const over = counted === null ? null : difference(counted, session.cash.expected)

  const submit = (values: CloseValues) => {
    problems.clear()
    const closing =
      values.mode === 'figure'
        ? { counted: values.counted.trim() }
        : {
            denominations: values.denominations
              .filter((row) => row.value.trim() !== '' && row.count.trim() !== '')
              .map((row) => ({ value: row.value.trim(), count: integerInput(row.count) })),
          }
    close.mutate(closing, { onSuccess: (closed) => onClosed(closed.id), onError: problems.show })
  }

  return (
    <form data-testid="close-session-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={4}>Close with a count</Title>
        <SegmentedControl
          data={[
            { value: 'denominations', label: 'By denominations' },
            { value: 'figure', label: 'One figure' },
          ]}
          data-testid="close-mode"
          {...form.getInputProps('mode')}
        />
        {form.values.mode === 'figure' ? (
          <TextInput
            label="Cash counted"
            inputMode="decimal"
            data-testid="close-counted"
            {...form.getInputProps('counted')}
          />
        ) : (
          <Stack gap={4}>
            {form.values.denominations.map((row, index) => (
              <Group key={index} gap="xs" wrap="nowrap" data-testid="count-row">
                <TextInput
                  aria-label="Value"
                  inputMode="decimal"
                  w={120}
                  data-testid="count-value"
                  {...form.getInputProps(`denominations.${index}.value`)}
                />
                <Text size="sm">×</Text>
                <TextInput
                  aria-label={`How many of ${row.value}`}
                  inputMode="numeric"
                  w={100}
                  data-testid="count-pieces"
                  {...form.getInputProps(`denominations.${index}.count`)}
                />
              </Group>
            ))}
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              onClick={() => form.insertListItem('denominations', { value: '', count: '' })}
            >
              Add a value
            </Button>
          </Stack>
        )}
        <Group gap="xl">
          <Text size="sm">
            Expected <b data-testid="close-expected">{formatMoney(session.cash.expected)}</b>
          </Text>
          <Text size="sm">
            Counted <b data-testid="close-total">{counted === null ? '—' : formatMoney(counted)}</b>
          </Text>
          <Text size="sm" c={over === null || over === '0.00' ? undefined : over.startsWith('-') ? 'red' : 'orange'}>
            Difference <b data-testid="close-difference">{over === null ? '—' : formatMoney(over)}</b>
          </Text>
        </Group>
        <FormFeedback testId="close-session" error={problems.message} />
        <Button type="submit" color="red" loading={close.isPending} data-testid="close-session-submit">
          Close the till
        </Button>
      </Stack>
    </form>
  )
}

function SessionPanel({ session, onClosed }: { session: TillSession; onClosed: (id: string) => void }) {
  return (
    <Paper withBorder p="md" data-testid="till-session" data-state={session.state}>
      <Group justify="space-between" mb="sm">
        <Title order={3}>
          {session.tillCode} · open since {formatDateTime(session.openedAt)}
        </Title>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Stack>
          <CashFigures session={session} />
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Reference</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.movements.map((movement) => (
                <Table.Tr key={movement.id} data-testid="till-movement">
                  <Table.Td>{formatDateTime(movement.at)}</Table.Td>
                  <Table.Td>{MOVEMENT_LABELS[movement.kind]}</Table.Td>
                  <Table.Td>{movement.reference ?? ''}</Table.Td>
                  <Table.Td ta="right">{formatMoney(movement.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <CashMovementForm session={session} />
        </Stack>
        <CloseSession session={session} onClosed={onClosed} />
      </SimpleGrid>
    </Paper>
  )
}

/**
 * The clerk's till: open a session with a float, see the cash it expects and its ledger, put cash in or take it
 * out, close it with a count (by denominations or one figure, the difference shown as it is typed), then its Z
 * report.
 */
export function TillPage() {
  const current = useCurrentSession()
  const [closed, setClosed] = useState<string | null>(null)
  return (
    <Stack>
      <Title order={2}>Till</Title>
      {closed && <PrintableZReport sessionId={closed} />}
      <QueryContent query={current} what="The till session" testId="till">
        {(session) => (session ? <SessionPanel session={session} onClosed={setClosed} /> : <OpenSessionForm />)}
      </QueryContent>
    </Stack>
  )
}
