import { Alert, Center, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { describeError } from '../api/http'
import { ADJUSTMENT_REASON_LABELS, MOVEMENT_KIND_LABELS, useMovements, type StockMovement } from '../api/inventory'
import { formatDateTime, formatSignedQuantity } from '../format'

/** "MAIN / BACK · lot L1": where a movement happened, as far as the server says. */
function whereOf({ warehouseCode, locationCode, lot }: StockMovement): string {
  const place = [warehouseCode, locationCode].filter(Boolean).join(' / ')
  return [place, lot ? `lot ${lot}` : ''].filter(Boolean).join(' · ') || '—'
}

/** A product's stock movements, newest first: when, what, how much, why and who. */
export function MovementTable({ productId }: { productId: string }) {
  const movements = useMovements(productId)

  let content
  if (movements.isPending) {
    content = (
      <Center py="md" data-testid="movements-loading">
        <Loader size="sm" />
      </Center>
    )
  } else if (movements.isError) {
    content = (
      <Alert color="red" title="Movements could not be loaded" data-testid="movements-error">
        {describeError(movements.error)}
      </Alert>
    )
  } else if (movements.data.length === 0) {
    content = (
      <Text c="dimmed" data-testid="movements-empty">
        No movements yet.
      </Text>
    )
  } else {
    content = (
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="movements-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date/time</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th>Where</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Reference / note</Table.Th>
              <Table.Th>By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {movements.data.map((movement) => (
              <Table.Tr key={movement.id} data-testid="movement-row" data-kind={movement.kind}>
                <Table.Td>{formatDateTime(movement.occurredAt)}</Table.Td>
                <Table.Td>{MOVEMENT_KIND_LABELS[movement.kind] ?? movement.kind}</Table.Td>
                <Table.Td ta="right" c={movement.quantity < 0 ? 'red' : 'green'} ff="monospace">
                  {formatSignedQuantity(movement.quantity)}
                </Table.Td>
                <Table.Td>{whereOf(movement)}</Table.Td>
                <Table.Td>
                  {movement.reason ? (ADJUSTMENT_REASON_LABELS[movement.reason] ?? movement.reason) : '—'}
                </Table.Td>
                <Table.Td>{movement.reference || '—'}</Table.Td>
                <Table.Td>{movement.actor ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    )
  }

  return (
    <Stack gap="xs">
      <Title order={4}>Movements</Title>
      {content}
    </Stack>
  )
}
