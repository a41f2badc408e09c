import { formatMoney, QueryContent, useStockValue } from '@elif/web-kit'
import { Stack, Table, Text, Title } from '@mantine/core'
import { useCatalogSettings } from '../catalog/api'

/** An exact amount; written as a string by the contract, tolerated as a JSON number. */
const Money = ({ amount }: { amount: string | number }) => <>{formatMoney(String(amount))}</>

/** Stock value per warehouse at cost and at retail: administrators and managers only. */
export function StockValuePage() {
  const value = useStockValue()
  const currency = useCatalogSettings().data?.currency
  return (
    <Stack maw={900}>
      <Title order={2}>Stock value</Title>
      <QueryContent query={value} what="The stock value" testId="stock-value">
        {(data) => (
          <>
            <Text c="dimmed" size="sm">
              {(data.currency ?? currency) ? `Amounts in ${data.currency ?? currency}, at` : 'At'} moving average cost (tax
              excluded) and at level 1 retail prices.
            </Text>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Warehouse</Table.Th>
                  <Table.Th ta="right">At cost</Table.Th>
                  <Table.Th ta="right">At retail</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.warehouses.map((warehouse) => (
                  <Table.Tr key={warehouse.warehouseId} data-testid="stock-value-row" data-warehouse={warehouse.warehouseCode}>
                    <Table.Td>
                      {warehouse.warehouseCode} · {warehouse.warehouseName}
                    </Table.Td>
                    <Table.Td ta="right"><Money amount={warehouse.atCost} /></Table.Td>
                    <Table.Td ta="right"><Money amount={warehouse.atRetail} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="stock-value-total" fw={700}>
                  <Table.Td>Total</Table.Td>
                  <Table.Td ta="right"><Money amount={data.atCost} /></Table.Td>
                  <Table.Td ta="right"><Money amount={data.atRetail} /></Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </>
        )}
      </QueryContent>
    </Stack>
  )
}
