import { STOCK_STATUS_LABELS, type StockStatus } from './api/reports'
import { Badge } from '@mantine/core'

const COLORS: Record<StockStatus, string> = { OK: 'green', LOW: 'orange', OUT: 'red' }

export function StockStatusBadge({ status }: { status: StockStatus }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-testid="stock-status">
      {STOCK_STATUS_LABELS[status] ?? status}
    </Badge>
  )
}
