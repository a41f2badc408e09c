import { Button, Group, NativeSelect, NumberInput, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import {
  ADJUSTMENT_REASON_LABELS,
  ADJUSTMENT_REASONS,
  useAdjustStock,
  type AdjustmentReason,
  type ProductStock,
} from '../api/inventory'
import { FormFeedback } from '../form/FormFeedback'
import { useProblemFields } from '../form/problemFields'
import { formatQuantity, formatSignedQuantity } from '../format'
import { LocationSelect } from './LocationSelect'

interface FormValues {
  quantity: number | string
  reason: AdjustmentReason | ''
  note: string
  locationId: string
  lot: string
}

const EMPTY: FormValues = { quantity: '', reason: '', note: '', locationId: '', lot: '' }

const NOTE_MAX = 200

const REASON_OPTIONS = [
  { value: '', label: 'Choose a reason…' },
  ...ADJUSTMENT_REASONS.map((reason) => ({ value: reason, label: ADJUSTMENT_REASON_LABELS[reason] })),
]

interface Booked {
  quantity: number
  reason: AdjustmentReason
  level: ProductStock
}

/**
 * Books a stock adjustment of one product. The server checks the sign against the reason (breakage,
 * theft and expiry take stock away, found adds it) and that stock does not fall below what is reserved.
 */
export function AdjustmentForm({ productId }: { productId: string }) {
  const adjust = useAdjustStock()
  const [booked, setBooked] = useState<Booked | null>(null)
  const form = useForm<FormValues>({
    initialValues: EMPTY,
    validate: {
      quantity: (value) =>
        typeof value === 'number' && Number.isInteger(value) ? null : 'Enter a whole number, negative to remove stock',
      reason: (value) => (value ? null : 'Choose a reason'),
      note: (value) => (value.trim().length > NOTE_MAX ? `At most ${NOTE_MAX} characters` : null),
    },
  })

  // Not enough stock (409) names no field: it shows above the button.
  const problems = useProblemFields(form, { fields: ['quantity', 'reason', 'note', 'locationId', 'lot'] })

  const submit = (values: FormValues) => {
    problems.clear()
    setBooked(null)
    const quantity = Number(values.quantity)
    const reason = values.reason as AdjustmentReason
    const note = values.note.trim()
    const lot = values.lot.trim()
    adjust.mutate(
      {
        productId,
        quantity,
        reason,
        ...(note ? { note } : {}),
        ...(values.locationId ? { locationId: values.locationId } : {}),
        ...(lot ? { lot } : {}),
      },
      {
        onSuccess: (level) => {
          form.reset()
          setBooked({ quantity, reason, level })
        },
        onError: problems.show,
      },
    )
  }

  return (
    <form data-testid="adjustment-form" onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Title order={4}>Adjust stock</Title>
        <Group align="flex-start" grow wrap="wrap">
          <NumberInput
            label="Quantity"
            description="Negative removes stock"
            allowDecimal={false}
            allowNegative
            withAsterisk
            {...form.getInputProps('quantity')}
          />
          <NativeSelect label="Reason" data={REASON_OPTIONS} withAsterisk {...form.getInputProps('reason')} />
        </Group>
        <Group align="flex-start" grow wrap="wrap">
          <LocationSelect label="Location" placeholderOption="Default location" {...form.getInputProps('locationId')} />
          <TextInput label="Lot" description="Empty for stock without a lot" {...form.getInputProps('lot')} />
        </Group>
        <TextInput
          label="Note"
          description={`Optional, at most ${NOTE_MAX} characters`}
          maxLength={NOTE_MAX}
          {...form.getInputProps('note')}
        />
        <FormFeedback
          testId="adjustment"
          error={problems.message}
          saved={
            booked &&
            `Adjustment booked: ${formatSignedQuantity(booked.quantity)} (${ADJUSTMENT_REASON_LABELS[booked.reason]}). ` +
              `On hand now ${formatQuantity(booked.level.onHand)}, available ${formatQuantity(booked.level.available)}.`
          }
          savedTestId="adjustment-booked"
          onDismissSaved={() => setBooked(null)}
        />
        <Group>
          <Button type="submit" loading={adjust.isPending}>
            Book adjustment
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
