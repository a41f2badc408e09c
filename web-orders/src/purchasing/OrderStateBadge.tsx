import { Badge } from '@mantine/core'
import { STATE_LABELS, type PurchaseOrderState } from './api'

const COLORS: Record<PurchaseOrderState, string> = {
  DRAFT: 'gray',
  SENT: 'blue',
  CONFIRMED: 'indigo',
  PARTIALLY_RECEIVED: 'orange',
  RECEIVED: 'green',
  CANCELLED: 'red',
  CLOSED: 'dark',
}

export function OrderStateBadge({ state, testId }: { state: PurchaseOrderState; testId?: string }) {
  return (
    <Badge color={COLORS[state]} variant="light" data-testid={testId} data-state={state}>
      {STATE_LABELS[state]}
    </Badge>
  )
}
