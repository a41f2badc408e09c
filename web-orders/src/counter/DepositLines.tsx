import { formatMoney, formatQuantity } from '@elif/web-kit'
import { ActionIcon, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core'
import type { RefObject } from 'react'
import type { SaleDeposit } from './api'
import type { DepositChoice } from './cart'

interface DepositLinesProps {
  /** The draft's deposit lines, one per container type the lines carry. */
  deposits: SaleDeposit[]
  /** The clerk's choices (a type not chosen is all consigned). */
  choices: DepositChoice[]
  /** The walk-in customer owes no containers. */
  walkIn: boolean
  /** Whether the draft holds the cart: the amounts are the server's only then. */
  synced: boolean
  onChoose: (choice: DepositChoice) => void
  /** The first "exchanged" box, which F4 focuses. */
  firstRef: RefObject<HTMLInputElement | null>
  backToSearch: () => void
}

const count = (text: string) => {
  const digits = text.replace(/\D/g, '')
  return digits === '' ? 0 : Math.min(Number(digits.slice(0, 9)), 1_000_000_000)
}

/**
 * The deposit lines: per container type what the lines carry and how it is split, exchanged (empties brought back now)
 * and due (owed by the customer) typed or stepped (arrows, or the buttons on a tablet), the rest consigned and paid now.
 */
export function DepositLines(props: DepositLinesProps) {
  const { deposits, choices, walkIn, synced } = props
  return (
    <Paper withBorder p="xs" data-testid="deposit-lines">
      <Text fw={600} size="sm" mb={4}>
        Deposits{' '}
        <Text span size="xs" c="dimmed">
          (F4: exchanged and due, arrows or typed)
        </Text>
      </Text>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Container</Table.Th>
            <Table.Th ta="right">Carried</Table.Th>
            <Table.Th>Exchanged</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th ta="right">Consigned</Table.Th>
            <Table.Th ta="right">Deposit</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deposits.map((deposit, index) => {
            const choice = choices.find((chosen) => chosen.containerTypeId === deposit.containerTypeId)
            const exchanged = Math.min(choice?.exchanged ?? 0, deposit.quantity)
            const due = Math.min(choice?.due ?? 0, deposit.quantity - exchanged)
            const consigned = deposit.quantity - exchanged - due
            const choose = (change: Partial<Omit<DepositChoice, 'containerTypeId'>>) => {
              const nextExchanged = Math.min(Math.max(change.exchanged ?? exchanged, 0), deposit.quantity)
              const nextDue = walkIn ? 0 : Math.min(Math.max(change.due ?? due, 0), deposit.quantity - nextExchanged)
              props.onChoose({ containerTypeId: deposit.containerTypeId, exchanged: nextExchanged, due: nextDue })
            }
            return (
              <Table.Tr
                key={deposit.containerTypeId}
                data-testid="deposit-line"
                data-container-type-id={deposit.containerTypeId}
                data-code={deposit.code}
              >
                <Table.Td>
                  {deposit.name}
                  <Text size="xs" c="dimmed">
                    {formatMoney(deposit.unitDeposit)} each
                  </Text>
                </Table.Td>
                <Table.Td ta="right" data-testid="deposit-quantity">
                  {formatQuantity(deposit.quantity)}
                </Table.Td>
                <Table.Td>
                  <Counter
                    label={`${deposit.name}: exchanged`}
                    testId="deposit-exchanged"
                    value={exchanged}
                    inputRef={index === 0 ? props.firstRef : undefined}
                    onChange={(value) => choose({ exchanged: value })}
                    backToSearch={props.backToSearch}
                  />
                </Table.Td>
                <Table.Td>
                  <Counter
                    label={`${deposit.name}: due`}
                    testId="deposit-due"
                    value={due}
                    disabled={walkIn}
                    onChange={(value) => choose({ due: value })}
                    backToSearch={props.backToSearch}
                  />
                </Table.Td>
                <Table.Td ta="right" data-testid="deposit-consigned">
                  {formatQuantity(consigned)}
                </Table.Td>
                <Table.Td ta="right" data-testid="deposit-amount">
                  {synced ? formatMoney(deposit.amount) : '…'}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {walkIn && (
        <Text size="xs" c="dimmed">
          The walk-in customer owes no containers: pick a customer to leave some due.
        </Text>
      )}
    </Paper>
  )
}

function Counter({
  inputRef,
  ...props
}: {
  label: string
  testId: string
  value: number
  disabled?: boolean
  inputRef?: RefObject<HTMLInputElement | null> | undefined
  onChange: (value: number) => void
  backToSearch: () => void
}) {
  return (
    <Stack gap={0}>
      <Group gap={2} wrap="nowrap">
        <ActionIcon
          size="lg"
          variant="default"
          tabIndex={-1}
          aria-label={`${props.label}: one less`}
          disabled={props.disabled}
          onClick={() => props.onChange(props.value - 1)}
        >
          −
        </ActionIcon>
        <TextInput
          ref={inputRef}
          aria-label={props.label}
          data-testid={props.testId}
          size="sm"
          w={64}
          inputMode="numeric"
          disabled={props.disabled}
          value={String(props.value)}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => props.onChange(count(event.currentTarget.value))}
          onKeyDown={(event) => {
            if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
              event.preventDefault()
              props.onChange(props.value + (event.key === 'ArrowUp' ? 1 : -1))
            } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
              event.preventDefault()
              props.backToSearch()
            }
          }}
        />
        <ActionIcon
          size="lg"
          variant="default"
          tabIndex={-1}
          aria-label={`${props.label}: one more`}
          disabled={props.disabled}
          onClick={() => props.onChange(props.value + 1)}
        >
          +
        </ActionIcon>
      </Group>
    </Stack>
  )
}
