import { formatQuantity, QueryContent, useNearExpiry } from '@elif/web-kit'
import { Badge, Group, NumberInput, Stack, Table, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { productStockHref } from './paths'
import { WarehouseFilter } from './WarehouseFilter'

const DEFAULT_DAYS = 30

/** Lots whose best-before falls within the next days, expired lots first and highlighted. */
export function NearExpiryPage() {
  const [daysInput, setDaysInput] = useState<number | string>(DEFAULT_DAYS)
  const [days] = useDebouncedValue(typeof daysInput === 'number' && daysInput >= 0 ? daysInput : DEFAULT_DAYS, 300)
  const [warehouseId, setWarehouseId] = useState('')
  const lots = useNearExpiry(days, warehouseId)
  const navigate = useNavigate()

  return (
    <Stack>
      <Title order={2}>Near expiry</Title>
      <Group align="flex-end">
        <NumberInput
          label="Within days"
          allowDecimal={false}
          allowNegative={false}
          w={140}
          value={daysInput}
          onChange={setDaysInput}
        />
        <WarehouseFilter value={warehouseId} onChange={setWarehouseId} />
      </Group>
      <QueryContent
        query={lots}
        what="Lots near expiry"
        testId="near-expiry"
        isEmpty={(data) => data.length === 0}
        emptyText="No lot expires within these days."
      >
        {(data) => (
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Best before</Table.Th>
                  <Table.Th ta="right">Days left</Table.Th>
                  <Table.Th>SKU</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Where</Table.Th>
                  <Table.Th>Lot</Table.Th>
                  <Table.Th ta="right">On hand</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((lot) => (
                  <Table.Tr
                    key={`${lot.productId}/${lot.locationId}/${lot.lot}`}
                    data-testid="near-expiry-row"
                    data-expired={lot.expired}
                    bg={lot.expired ? 'var(--mantine-color-red-light)' : undefined}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(productStockHref(lot.productId))}
                  >
                    <Table.Td>
                      {lot.bestBefore}{' '}
                      {lot.expired && (
                        <Badge color="red" size="sm">
                          Expired
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{lot.daysLeft}</Table.Td>
                    <Table.Td ff="monospace">{lot.sku}</Table.Td>
                    <Table.Td>{lot.name}</Table.Td>
                    <Table.Td>
                      {lot.warehouseCode} / {lot.locationCode}
                    </Table.Td>
                    <Table.Td ff="monospace">{lot.lot || '—'}</Table.Td>
                    <Table.Td ta="right">{formatQuantity(lot.onHand)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryContent>
    </Stack>
  )
}
