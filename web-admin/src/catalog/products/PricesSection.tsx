import { formatDateTime, QueryContent, useProblemFields } from '@elif/web-kit'
import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import {
  PRICE_LEVEL_LABELS,
  PRICE_LEVELS,
  usePriceHistory,
  useSetPrice,
  type PriceLevel,
  type ProductDetail,
} from '../api'
import { FormFeedback } from '@elif/web-kit'
import { useMoney } from '../shared/Money'
import { optionalText, today } from '../shared/inputs'
import { ownerLabel, ownersOf } from './owners'

const BASE_UNIT = 'base'

function CurrentPrices({ product }: { product: ProductDetail }) {
  const money = useMoney()
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="current-prices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>For</Table.Th>
            {PRICE_LEVELS.map((level) => (
              <Table.Th key={level} ta="right">
                {PRICE_LEVEL_LABELS[level]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ownersOf(product).map((owner) => {
            const prices = owner.pack ? owner.pack.prices : product.prices
            return (
              <Table.Tr
                key={owner.packId ?? BASE_UNIT}
                data-testid="current-price-row"
                data-owner={owner.pack?.name ?? BASE_UNIT}
              >
                <Table.Td>{owner.label}</Table.Td>
                {PRICE_LEVELS.map((level) => (
                  <Table.Td key={level} ta="right" data-level={level}>
                    {money(prices[level])}
                  </Table.Td>
                ))}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

interface PriceValues {
  owner: string
  level: PriceLevel
  amount: string
  validFrom: string
}

function SetPriceForm({ product }: { product: ProductDetail }) {
  const form = useForm<PriceValues>({
    initialValues: { owner: BASE_UNIT, level: 'LEVEL_1', amount: '', validFrom: '' },
  })
  const setPrice = useSetPrice(product.id)
  const problems = useProblemFields(form, {
    fields: ['owner', 'level', 'amount', 'validFrom'],
    renames: { packId: 'owner' },
  })
  const [saved, setSaved] = useState<string | null>(null)
  const money = useMoney()

  const submit = (values: PriceValues) => {
    problems.clear()
    setSaved(null)
    setPrice.mutate(
      {
        packId: values.owner === BASE_UNIT ? null : values.owner,
        level: values.level,
        amount: values.amount.trim(),
        validFrom: optionalText(values.validFrom),
      },
      {
        onSuccess: (change) => {
          form.setFieldValue('amount', '')
          setSaved(`${PRICE_LEVEL_LABELS[change.level]} ${money(change.amount)} from ${change.validFrom}.`)
        },
        onError: problems.show,
      },
    )
  }

  return (
    <form data-testid="price-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={4}>Set a price</Title>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
          <NativeSelect
            label="For"
            data={ownersOf(product).map((owner) => ({ value: owner.packId ?? BASE_UNIT, label: owner.label }))}
            {...form.getInputProps('owner')}
          />
          <NativeSelect
            label="Level"
            data={PRICE_LEVELS.map((level) => ({ value: level, label: PRICE_LEVEL_LABELS[level] }))}
            {...form.getInputProps('level')}
          />
          <TextInput
            label="Amount"
            placeholder="2500.00"
            inputMode="decimal"
            withAsterisk
            {...form.getInputProps('amount')}
          />
          <TextInput
            label="Valid from"
            type="date"
            min={today()}
            description="Empty: today"
            {...form.getInputProps('validFrom')}
          />
        </SimpleGrid>
        <FormFeedback testId="price" error={problems.message} saved={saved} onDismissSaved={() => setSaved(null)} />
        <Group>
          <Button type="submit" loading={setPrice.isPending}>
            Set price
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function PriceHistory({ product }: { product: ProductDetail }) {
  const history = usePriceHistory(product.id)
  const money = useMoney()
  const now = today()
  return (
    <QueryContent
      query={history}
      what="The price history"
      testId="load"
      isEmpty={(changes) => changes.length === 0}
      emptyText="No price recorded yet."
    >
      {(changes) => (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="price-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>For</Table.Th>
                <Table.Th>Level</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Valid from</Table.Th>
                <Table.Th>Recorded</Table.Th>
                <Table.Th>By</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change, index) => (
                <Table.Tr key={index} data-testid="price-history-row" data-level={change.level}>
                  <Table.Td>{ownerLabel(product, change.packId)}</Table.Td>
                  <Table.Td>{PRICE_LEVEL_LABELS[change.level] ?? change.level}</Table.Td>
                  <Table.Td ta="right">{money(change.amount)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {change.validFrom}
                      {change.validFrom > now && (
                        <Badge size="xs" color="orange" variant="light">
                          scheduled
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(change.recordedAt)}</Table.Td>
                  <Table.Td>{change.recordedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryContent>
  )
}

/**
 * Prices per level of the product and of each pack. A new price takes effect on its validity date;
 * every change stays in the history, scheduled ones included.
 */
export function PricesSection({ product }: { product: ProductDetail }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>Prices</Title>
        <CurrentPrices product={product} />
        <SetPriceForm product={product} />
        <Title order={4}>History</Title>
        <PriceHistory product={product} />
      </Stack>
    </Paper>
  )
}
