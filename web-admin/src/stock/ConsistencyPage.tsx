import {
  formatDateTime,
  formatQuantity,
  QueryContent,
  useCatalogProduct,
  useWarehouses,
  type Warehouse,
} from '@elif/web-kit'
import { useStockConsistency, type LedgerDiscrepancy } from './api/reports'
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useMemo } from 'react'

/** "MAIN / BACK" by location id, for every location the tenant has (inactive ones included). */
function useLocationCodes(): Map<string, string> {
  const warehouses = useWarehouses().data
  return useMemo(
    () =>
      new Map(
        (warehouses ?? []).flatMap((warehouse: Warehouse) =>
          warehouse.locations.map((location) => [location.id, `${warehouse.code} / ${location.code}`] as const),
        ),
      ),
    [warehouses],
  )
}

/** The product's name and SKU once its detail is loaded, its id until then (or when it cannot be read). */
function ProductName({ productId }: { productId: string }) {
  const product = useCatalogProduct(productId).data
  return product ? (
    <>
      {product.name}{' '}
      <Text span ff="monospace" c="dimmed" size="sm">
        {product.sku}
      </Text>
    </>
  ) : (
    <Text span ff="monospace" size="sm">
      {productId}
    </Text>
  )
}

/** A figure next to what it should be, in red when they differ. */
function Comparison({ actual, expected, testId }: { actual: number; expected: number; testId: string }) {
  const differs = actual !== expected
  return (
    <>
      <Table.Td ta="right" c={differs ? 'red' : undefined} fw={differs ? 700 : undefined} data-testid={testId}>
        {formatQuantity(actual)}
      </Table.Td>
      <Table.Td ta="right" data-testid={`${testId}-expected`}>
        {formatQuantity(expected)}
      </Table.Td>
    </>
  )
}

const placesCount = (count: number) => (count === 1 ? 'one place' : `${count} places`)

function DiscrepancyTable({ discrepancies }: { discrepancies: LedgerDiscrepancy[] }) {
  const locations = useLocationCodes()
  return (
    <Stack gap="sm">
      <Alert
        color="red"
        title={`The books disagree in ${placesCount(discrepancies.length)}`}
        data-testid="consistency-problems"
      >
        This should never happen: every stock change writes its balance, its ledger line and the product's total
        together. A difference means the data was changed outside the application or a fault in it. Do not correct it
        with an adjustment: tell your operator or support and send them this list. The check itself changed nothing.
      </Alert>
      <Text c="dimmed" size="sm">
        A balance's on hand should equal the sum of its ledger movements, and its reserved quantity what open
        reservations hold on it. For a product total, “Ledger says” is the sum of the product's balances.
      </Text>
      <Table.ScrollContainer minWidth={860}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th>Where</Table.Th>
              <Table.Th>Lot</Table.Th>
              <Table.Th ta="right">On hand</Table.Th>
              <Table.Th ta="right">Ledger says</Table.Th>
              <Table.Th ta="right">Reserved</Table.Th>
              <Table.Th ta="right">Open reservations</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {discrepancies.map((discrepancy) => (
              <Table.Tr
                key={`${discrepancy.productId}/${discrepancy.locationId ?? ''}/${discrepancy.lot}`}
                data-testid="discrepancy-row"
                data-product-id={discrepancy.productId}
                data-location-id={discrepancy.locationId ?? ''}
              >
                <Table.Td>
                  <ProductName productId={discrepancy.productId} />
                </Table.Td>
                <Table.Td>
                  {discrepancy.locationId === null ? (
                    <Text span fs="italic">
                      product total
                    </Text>
                  ) : (
                    (locations.get(discrepancy.locationId) ?? discrepancy.locationId)
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{discrepancy.lot || '—'}</Table.Td>
                <Comparison
                  actual={discrepancy.onHand}
                  expected={discrepancy.expectedOnHand}
                  testId="discrepancy-on-hand"
                />
                {discrepancy.locationId === null ? (
                  <>
                    <Table.Td ta="right">—</Table.Td>
                    <Table.Td ta="right">—</Table.Td>
                  </>
                ) : (
                  <Comparison
                    actual={discrepancy.reserved}
                    expected={discrepancy.expectedReserved}
                    testId="discrepancy-reserved"
                  />
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

/**
 * The books check: every stock balance against its ledger and its open reservations, every product's total
 * against its balances. Read-only, run on demand (administrators and managers).
 */
export function ConsistencyPage() {
  const check = useStockConsistency()
  const notRunYet = check.isPending && !check.isFetching
  return (
    <Stack maw={1000}>
      <Title order={2}>Books check</Title>
      <Text c="dimmed" size="sm">
        Compares every stock balance with its ledger and its open reservations, and every product's total with its
        balances. It only reads: nothing is changed.
      </Text>
      <Group>
        <Button onClick={() => void check.refetch()} loading={check.isFetching} data-testid="run-consistency-check">
          Run the check
        </Button>
        {check.isSuccess && (
          <Text c="dimmed" size="sm" data-testid="consistency-checked-at">
            Checked {formatDateTime(new Date(check.dataUpdatedAt).toISOString())}
          </Text>
        )}
      </Group>
      {!notRunYet && (
        <QueryContent query={check} what="The books check" testId="consistency">
          {(report) =>
            report.consistent ? (
              <Alert color="green" title="No discrepancy" data-testid="consistency-ok">
                The books agree: every balance equals its ledger and its reservations
              </Alert>
            ) : (
              <DiscrepancyTable discrepancies={report.discrepancies} />
            )
          }
        </QueryContent>
      )}
    </Stack>
  )
}
