import { formatMoney, QueryContent } from '@elif/web-kit'
import { useStockValue, type StockValue } from './api/reports'
import { Stack, Table, Text, Title } from '@mantine/core'
import { useCatalogSettings } from '../catalog/api'

/** An exact amount with two decimals; a decimal string by the contract, tolerated as a JSON number. */
const MoneyCell = ({ amount, testId }: { amount: string | number; testId: string }) => (
  <Table.Td ta="right" data-testid={testId}>
    {formatMoney(String(amount))}
  </Table.Td>
)

function StockValueTable({ value, currency }: { value: StockValue; currency: string | undefined }) {
  const inCurrency = currency ? ` (${currency})` : ''
  return (
    <>
      <Text c="dimmed" size="sm" data-testid="stock-value-currency" data-currency={currency}>
        {currency ? `Amounts in ${currency}, at` : 'At'} moving average cost (tax excluded) and at level 1 retail
        prices.
      </Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Warehouse</Table.Th>
            <Table.Th ta="right">At cost{inCurrency}</Table.Th>
            <Table.Th ta="right">At retail{inCurrency}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.warehouses.map((warehouse) => (
            <Table.Tr
              key={warehouse.warehouseId}
              data-testid="stock-value-row"
              data-warehouse={warehouse.warehouseCode}
            >
              <Table.Td>
                {warehouse.warehouseCode} · {warehouse.warehouseName}
              </Table.Td>
              <MoneyCell amount={warehouse.atCost} testId="at-cost" />
              <MoneyCell amount={warehouse.atRetail} testId="at-retail" />
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="stock-value-total" fw={700}>
            <Table.Td>Total</Table.Td>
            <MoneyCell amount={value.atCost} testId="at-cost" />
            <MoneyCell amount={value.atRetail} testId="at-retail" />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </>
  )
}

/** Stock value per warehouse at cost and at retail: administrators and managers only. */
export function StockValuePage() {
  const value = useStockValue()
  const settingsCurrency = useCatalogSettings().data?.currency
  return (
    <Stack maw={900}>
      <Title order={2}>Stock value</Title>
      <QueryContent query={value} what="The stock value" testId="stock-value">
        {(data) => <StockValueTable value={data} currency={data.currency ?? settingsCurrency} />}
      </QueryContent>
    </Stack>
  )
}
