import { formatQuantity, QueryContent, useUrlFilters } from '@elif/web-kit'
import { useNearExpiry } from './api/reports'
import { Badge, Group, NumberInput, Stack, Table, Title } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { productStockHref } from './paths'
import { WarehouseFilter } from './WarehouseFilter'

const DEFAULT_DAYS = 30

/** Lots whose best-before falls within the next days, expired lots first and highlighted. */
export function NearExpiryPage() {
  // Days and warehouse are in the URL (?days=60&warehouseId=...); days typed reach it 300 ms after the last key.
  const { filters, setFilters } = useUrlFilters({ days: String(DEFAULT_DAYS), warehouseId: '' })
  const [daysInput, setDaysInput] = useState<number | string>(Number(filters.days))
  const writeDays = useDebouncedCallback((typed: number | string) => {
    if (typeof typed === 'number' && typed >= 0) setFilters({ days: String(typed) })
  }, 300)
  const days = Number(filters.days) >= 0 ? Number(filters.days) : DEFAULT_DAYS
  const lots = useNearExpiry(days, filters.warehouseId)
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
          onChange={(typed) => {
            setDaysInput(typed)
            writeDays(typed)
          }}
        />
        <WarehouseFilter value={filters.warehouseId} onChange={(warehouseId) => setFilters({ warehouseId })} />
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
