import { QueryContent } from '@elif/web-kit'
import { Stack, Table, Text, Title } from '@mantine/core'
import { useUnits } from '../api'

/** The base units products count in; a fixed list. */
export function UnitsPage() {
  const units = useUnits()
  return (
    <Stack maw={640}>
      <Title order={2}>Units</Title>
      <Text size="sm" c="dimmed">
        Stock and order quantities are whole numbers of a product's base unit. The list is fixed.
      </Text>
      <QueryContent query={units} what="Units" testId="load">
        {(list) => (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Name</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((unit) => (
                <Table.Tr key={unit.code} data-testid="unit-row" data-name={unit.code}>
                  <Table.Td ff="monospace">{unit.code}</Table.Td>
                  <Table.Td>{unit.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryContent>
    </Stack>
  )
}
