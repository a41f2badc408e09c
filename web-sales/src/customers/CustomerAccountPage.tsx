import { describeError, formatDateTime, formatMoney, FormFeedback, QueryContent } from '@elif/web-kit'
import { Anchor, Button, Grid, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { PAYMENT_METHOD_LABELS } from '../sales/api'
import { PaymentForm } from '../sales/SaleForms'
import {
  useAccount,
  useContainers,
  usePayOnAccount,
  useReturnEmpties,
  type Account,
  type Containers,
} from './accountApi'

const AGES: [keyof Account['ageing'], string][] = [
  ['current', 'Not yet due'],
  ['days1To30', '1–30 days late'],
  ['days31To60', '31–60'],
  ['days61To90', '61–90'],
  ['over90', 'Over 90'],
]

function Owed({ account }: { account: Account }) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between">
        <Title order={3}>Owed</Title>
        <Text fw={700} size="lg" data-testid="account-total-owed">
          {formatMoney(account.totalOwed)}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        Credit limit {formatMoney(account.creditLimit)} · terms {account.paymentTermsDays} days · as of {account.asOf}
      </Text>
      <SimpleGrid cols={5} mt="sm" data-testid="account-ageing">
        {AGES.map(([key, label]) => (
          <div key={key}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text data-testid={`ageing-${key}`}>{formatMoney(account.ageing[key])}</Text>
          </div>
        ))}
      </SimpleGrid>
      {account.openSales.length > 0 && (
        <Table mt="md" data-testid="account-open-sales">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Sale</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th ta="right">Owed</Table.Th>
              <Table.Th ta="right">Late</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {account.openSales.map((sale) => (
              <Table.Tr key={sale.saleId}>
                <Table.Td ff="monospace">
                  <Anchor component={Link} to={`/history/${sale.saleId}`}>
                    {sale.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{sale.dueDate ?? '—'}</Table.Td>
                <Table.Td ta="right">{formatMoney(sale.owed)}</Table.Td>
                <Table.Td ta="right">{sale.daysOverdue > 0 ? `${sale.daysOverdue} days` : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}

function PayOnAccount({ account }: { account: Account }) {
  return (
    <PaymentForm
      title="Payment on account"
      note="Settles the oldest open sales first."
      testId="account-payment"
      initialAmount=""
      mutation={usePayOnAccount(account.customerId)}
    />
  )
}

function Payments({ account }: { account: Account }) {
  if (account.recentPayments.length === 0) return null
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Latest payments
      </Title>
      <Table data-testid="account-payments">
        <Table.Tbody>
          {account.recentPayments.map((payment) => (
            <Table.Tr key={payment.id}>
              <Table.Td>{formatDateTime(payment.at)}</Table.Td>
              <Table.Td>{PAYMENT_METHOD_LABELS[payment.method]}</Table.Td>
              <Table.Td>{payment.allocations.map((allocation) => allocation.number).join(', ')}</Table.Td>
              <Table.Td ta="right">{formatMoney(payment.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}

/** What the customer holds per container type, and a form for the empties they bring back. */
function ContainerBalance({ customerId, containers }: { customerId: string; containers: Containers }) {
  const returnEmpties = useReturnEmpties(customerId)
  const [counts, setCounts] = useState<Record<string, number>>({})
  const [saved, setSaved] = useState<string | null>(null)
  const lines = Object.entries(counts)
    .filter(([, quantity]) => quantity > 0)
    .map(([containerTypeId, quantity]) => ({ containerTypeId, quantity }))
  return (
    <Paper withBorder p="md" data-testid="account-containers">
      <Title order={4} mb="sm">
        Containers
      </Title>
      {containers.balances.length === 0 ? (
        <Text c="dimmed" data-testid="containers-none">
          Holds no containers.
        </Text>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            setSaved(null)
            returnEmpties.mutate({ lines }, { onSuccess: () => (setCounts({}), setSaved('Empties taken back.')) })
          }}
        >
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Container</Table.Th>
                <Table.Th ta="right">Held</Table.Th>
                <Table.Th ta="right">Owed</Table.Th>
                <Table.Th ta="right">Deposits paid</Table.Th>
                <Table.Th>Brought back</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {containers.balances.map((balance) => (
                <Table.Tr key={balance.containerTypeId} data-testid="container-balance" data-code={balance.code}>
                  <Table.Td>{balance.name}</Table.Td>
                  <Table.Td ta="right" data-testid="container-held">
                    {balance.held}
                  </Table.Td>
                  <Table.Td ta="right">{balance.due}</Table.Td>
                  <Table.Td ta="right">{formatMoney(balance.depositsHeld)}</Table.Td>
                  <Table.Td w={120}>
                    <NumberInput
                      aria-label={`Empty ${balance.name} brought back`}
                      data-testid={`empties-${balance.code}`}
                      min={0}
                      max={balance.held}
                      allowDecimal={false}
                      value={counts[balance.containerTypeId] ?? 0}
                      onChange={(value) => setCounts({ ...counts, [balance.containerTypeId]: Number(value) || 0 })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <FormFeedback
            testId="empties"
            error={returnEmpties.isError ? describeError(returnEmpties.error) : null}
            saved={saved}
          />
          <Group justify="flex-end" mt="sm">
            <Button
              type="submit"
              disabled={lines.length === 0}
              loading={returnEmpties.isPending}
              data-testid="empties-submit"
            >
              Take the empties back
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  )
}

/** A customer's account: what they owe by age, their latest payments, a payment on account, their containers. */
export function CustomerAccountPage() {
  const { id = '' } = useParams()
  const account = useAccount(id)
  const containers = useContainers(id)
  return (
    <Stack>
      <Anchor component={Link} to="/">
        ← Customers
      </Anchor>
      <QueryContent query={account} what="The account" testId="account">
        {(data) => (
          <Stack>
            <Title order={2} data-testid="account-name">
              {data.name}{' '}
              <Text span ff="monospace" c="dimmed">
                {data.code}
              </Text>
            </Title>
            <Anchor component={Link} to={`/history?customerId=${data.customerId}`}>
              Sales of this customer
            </Anchor>
            <Grid gutter="xl">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack>
                  <Owed account={data} />
                  <Payments account={data} />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack>
                  {data.openSales.length > 0 && <PayOnAccount account={data} />}
                  <QueryContent query={containers} what="Containers" testId="containers">
                    {(held) => <ContainerBalance customerId={id} containers={held} />}
                  </QueryContent>
                </Stack>
              </Grid.Col>
            </Grid>
          </Stack>
        )}
      </QueryContent>
    </Stack>
  )
}
