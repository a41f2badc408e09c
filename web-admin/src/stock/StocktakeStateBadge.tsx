import { STOCKTAKE_STATE_LABELS, type StocktakeState } from './api/operations'
import { Badge } from '@mantine/core'

const COLORS: Record<StocktakeState, string> = {
  COUNTING: 'blue',
  SUBMITTED: 'orange',
  APPROVED: 'green',
  CANCELLED: 'gray',
}

export function StocktakeStateBadge({ state }: { state: StocktakeState }) {
  return (
    <Badge color={COLORS[state] ?? 'gray'} variant="light" data-testid="stocktake-state">
      {STOCKTAKE_STATE_LABELS[state] ?? state}
    </Badge>
  )
}
