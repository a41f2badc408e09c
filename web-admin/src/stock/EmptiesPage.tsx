import { formatQuantity, QueryContent, useEmpties } from '@elif/web-kit'
import { Paper, Stack, Table, Text, Title } from '@mantine/core'

/** The empty crates and bottles standing in each warehouse (customers brought them back), by container type. */
export function EmptiesPage() {
  const empties = useEmpties()
  return (
    <Stack>
      <Title order={2}>Empties</Title>
      <Text c="dimmed" size="sm">
        Empty returnable containers standing in each warehouse, as customers brought them back at a sale or later.
      </Text>
      <QueryContent
        query={empties}
        what="Empties"
        testId="empties"
        isEmpty={(data) => data.length === 0}
        emptyText="No empties in any warehouse."
      >
        {(data) => (
          <Stack>
            {data.map((warehouse) => (
              <Paper key={warehouse.warehouseId} withBorder p="md" data-testid="empties-warehouse">
                <Title order={4} mb="sm">
                  {warehouse.warehouseName}{' '}
                  <Text span c="dimmed" ff="monospace">
                    {warehouse.warehouseCode}
                  </Text>
                </Title>
                <Table>
                  <Table.Tbody>
                    {warehouse.empties.map((count) => (
                      <Table.Tr key={count.containerTypeId} data-testid="empties-row" data-code={count.code}>
                        <Table.Td>{count.name}</Table.Td>
                        <Table.Td ff="monospace">{count.code}</Table.Td>
                        <Table.Td ta="right">{formatQuantity(count.quantity)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryContent>
    </Stack>
  )
}
