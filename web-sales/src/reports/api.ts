// Reporting's dashboard and sales report (docs/openapi.json, tag Reporting; figures defined in docs/reporting.md).
// Money travels as exact decimal strings.
import { api, type Received, type ResponseOf } from '@elif/web-kit'
import { useQuery } from '@tanstack/react-query'

export type Dashboard = Received<ResponseOf<'/api/reporting/dashboard', 'get'>>
export type PeriodFigures = Dashboard['periods'][number]
export type Figures = PeriodFigures['current']
export type SalesReport = Received<ResponseOf<'/api/reporting/sales', 'get'>>

export const reportingKeys = {
  all: ['reporting'] as const,
  dashboard: () => [...reportingKeys.all, 'dashboard'] as const,
  sales: (from: string, to: string, groupBy: string) => [...reportingKeys.all, 'sales', from, to, groupBy] as const,
}

export const useDashboard = () =>
  useQuery({
    queryKey: reportingKeys.dashboard(),
    queryFn: ({ signal }) => api.get('api/reporting/dashboard', { signal }).json<Dashboard>(),
  })

/** The sales report of business days from..to (both included), grouped by DAY, WEEK, MONTH or a dimension. */
export function useSalesReport(from: string | undefined, to: string | undefined, groupBy: string) {
  return useQuery({
    queryKey: reportingKeys.sales(from ?? '', to ?? '', groupBy),
    queryFn: ({ signal }) =>
      api.get('api/reporting/sales', { searchParams: { from: from!, to: to!, groupBy }, signal }).json<SalesReport>(),
    enabled: Boolean(from && to),
  })
}
