import { formatMoney, formatQuantity, methodLabel, QueryContent } from '@elif/web-kit'
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useMyDay } from './api'

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Card>
  )
}

/**
 * A clerk's own day (every role that sells): their completed sales today on the tenant's business day, revenue
 * net of tax, the tax, and the payments they took by method. No cost, no profit, no margin.
 */
export function MyDayPage() {
  const day = useMyDay()
  return (
    <Stack>
      <Title order={2}>My day</Title>
      <QueryContent query={day} what="Your day" testId="my-day">
        {(data) => (
          <Stack>
            <Text size="sm" c="dimmed">
              {data.day} · {data.clerk} · amounts in {data.currency}
            </Text>
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <Figure label="Sales" value={String(data.salesCount)} testId="my-day-sales" />
              <Figure label="Revenue" value={formatMoney(data.revenue)} testId="my-day-revenue" />
              <Figure label="Tax" value={formatMoney(data.tax)} testId="my-day-tax" />
              <Figure label="Quantity" value={formatQuantity(data.quantity)} testId="my-day-quantity" />
            </SimpleGrid>
            <Title order={4}>Payments I took</Title>
            {data.payments.length === 0 ? (
              <Text c="dimmed">No payment today.</Text>
            ) : (
              <Table striped data-testid="my-day-payments">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Method</Table.Th>
                    <Table.Th ta="right">Payments</Table.Th>
                    <Table.Th ta="right">Amount</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.payments.map((payment) => (
                    <Table.Tr key={payment.method}>
                      <Table.Td>{methodLabel(payment.method)}</Table.Td>
                      <Table.Td ta="right">{payment.payments}</Table.Td>
                      <Table.Td ta="right">{formatMoney(payment.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryContent>
    </Stack>
  )
}
