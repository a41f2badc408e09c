import { describeError, formatDateTime, formatMoney, hasAnyRole, QueryContent, useMe } from '@elif/web-kit'
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { Link, useParams } from 'react-router'
import { PAYMENT_METHOD_LABELS, PAYMENT_STATUS_LABELS, useCancelSale, useSale, useSaleReturns, type Sale } from './api'
import { isZero } from './money'
import { ReturnForm, SalePaymentForm } from './SaleForms'

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  )
}

function Lines({ sale }: { sale: Sale }) {
  return (
    <Table data-testid="sale-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Product</Table.Th>
          <Table.Th ta="right">Quantity</Table.Th>
          <Table.Th ta="right">Unit price</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sale.lines.map((line, index) => (
          <Table.Tr key={index}>
            <Table.Td>
              {line.name}{' '}
              <Text span size="xs" c="dimmed">
                {line.unitsPerPack > 1 ? `pack of ${line.unitsPerPack}` : line.sku}
              </Text>
              {line.priceOverride && (
                <Text size="xs" c="orange">
                  price set by {line.priceOverride.by}: {line.priceOverride.reason}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{line.quantity}</Table.Td>
            <Table.Td ta="right">{formatMoney(line.unitPrice)}</Table.Td>
            <Table.Td ta="right">{formatMoney(line.amount)}</Table.Td>
          </Table.Tr>
        ))}
        {sale.deposits.map((deposit) => (
          <Table.Tr key={deposit.containerTypeId} data-testid="sale-deposit">
            <Table.Td c="dimmed">
              Deposit: {deposit.quantity} {deposit.name} ({deposit.consigned} paid, {deposit.exchanged} exchanged,{' '}
              {deposit.due} owed)
            </Table.Td>
            <Table.Td />
            <Table.Td ta="right">{formatMoney(deposit.unitDeposit)}</Table.Td>
            <Table.Td ta="right">{formatMoney(deposit.amount)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function Payments({ sale }: { sale: Sale }) {
  if (!sale.payments || sale.payments.length === 0) return null
  return (
    <Table data-testid="sale-payments">
      <Table.Tbody>
        {sale.payments.map((payment) => (
          <Table.Tr key={payment.id}>
            <Table.Td>{formatDateTime(payment.at)}</Table.Td>
            <Table.Td>
              {PAYMENT_METHOD_LABELS[payment.method]} {payment.reference ?? ''}
            </Table.Td>
            <Table.Td>{payment.by}</Table.Td>
            <Table.Td ta="right">{formatMoney(payment.amount)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function Returns({ saleId }: { saleId: string }) {
  const returns = useSaleReturns(saleId)
  return (
    <QueryContent
      query={returns}
      what="Returns"
      testId="sale-returns"
      isEmpty={(data) => data.length === 0}
      emptyText="No return."
    >
      {(data) => (
        <Table data-testid="sale-returns">
          <Table.Tbody>
            {data.map((taken) => (
              <Table.Tr key={taken.id} data-testid="sale-return" data-number={taken.number}>
                <Table.Td ff="monospace">{taken.number}</Table.Td>
                <Table.Td>{taken.reason}</Table.Td>
                <Table.Td>{taken.lines.map((line) => `${line.quantity} × ${line.name}`).join(', ')}</Table.Td>
                <Table.Td ta="right">credit {formatMoney(taken.credit)}</Table.Td>
                <Table.Td ta="right">refund {formatMoney(taken.refund)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </QueryContent>
  )
}

function CancelButton({ sale }: { sale: Sale }) {
  const cancel = useCancelSale(sale.id)
  return (
    <Stack gap="xs">
      <Button
        color="red"
        variant="light"
        loading={cancel.isPending}
        onClick={() => cancel.mutate()}
        data-testid="sale-cancel"
      >
        Cancel {sale.state === 'CONFIRMED' ? 'the order (its stock is released)' : 'the draft'}
      </Button>
      {cancel.isError && <Alert color="red">{describeError(cancel.error)}</Alert>}
    </Stack>
  )
}

function SaleDetail({ sale }: { sale: Sale }) {
  const manages = hasAnyRole(useMe(), ['ADMIN', 'MANAGER'])
  const completed = sale.state === 'COMPLETED'
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} data-testid="sale-number">
          {sale.number}
        </Title>
        <Group>
          <Badge data-testid="sale-state">{sale.state}</Badge>
          {sale.paymentStatus && (
            <Badge color="teal" data-testid="sale-payment-status">
              {PAYMENT_STATUS_LABELS[sale.paymentStatus]}
            </Badge>
          )}
          <Anchor href={`/api/sales/sales/${sale.id}/invoice.pdf`} target="_blank" data-testid="sale-invoice">
            {completed ? 'Invoice (PDF)' : 'Quotation (PDF)'}
          </Anchor>
          <Anchor href={`/orders/receipt/${sale.id}`} target="_blank">
            Receipt
          </Anchor>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {sale.businessDate} · created by {sale.created.by} {formatDateTime(sale.created.at)}
        {sale.completed && ` · completed by ${sale.completed.by}`}
        {sale.cancelled && ` · cancelled by ${sale.cancelled.by}`} ·{' '}
        <Anchor component={Link} to={`/customers/${sale.customerId}`}>
          customer's account
        </Anchor>
      </Text>
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md">
            <Lines sale={sale} />
            <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md">
              <Figure label="Total (tax included)" value={formatMoney(sale.total)} testId="sale-total" />
              <Figure label="Tax" value={formatMoney(sale.tax)} testId="sale-tax" />
              <Figure label="Deposits" value={formatMoney(sale.depositTotal)} testId="sale-deposit-total" />
              <Figure label="To pay" value={formatMoney(sale.payable)} testId="sale-payable" />
              {sale.paid && <Figure label="Paid" value={formatMoney(sale.paid)} testId="sale-paid" />}
              {sale.owed && <Figure label="Owed" value={formatMoney(sale.owed)} testId="sale-owed" />}
              {sale.dueDate && <Figure label="Due" value={sale.dueDate} testId="sale-due" />}
            </SimpleGrid>
            {sale.creditOverride && (
              <Text size="sm" c="orange" mt="sm">
                Credit limit overridden by {sale.creditOverride.by}: {sale.creditOverride.reason}
              </Text>
            )}
          </Paper>
          <Title order={4} mt="md">
            Payments
          </Title>
          <Payments sale={sale} />
          <Title order={4} mt="md">
            Returns
          </Title>
          <Returns saleId={sale.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {completed && !isZero(sale.owed) && <SalePaymentForm key={sale.owed} sale={sale} />}
            {completed && manages && <ReturnForm sale={sale} />}
            {manages && (sale.state === 'DRAFT' || sale.state === 'CONFIRMED') && <CancelButton sale={sale} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

/** A sale with its lines, deposits, money, payments and returns, and what may be done with it next. */
export function SalePage() {
  const { id = '' } = useParams()
  const sale = useSale(id)
  return (
    <Stack>
      <Anchor component={Link} to="/history">
        ← Sales
      </Anchor>
      <QueryContent query={sale} what="The sale" testId="sale">
        {(data) => <SaleDetail sale={data} />}
      </QueryContent>
    </Stack>
  )
}
