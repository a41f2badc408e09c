// Reporting's dashboard and sales report (docs/openapi.json, tag Reporting; figures defined in docs/reporting.md).
// Money travels as exact decimal strings.
import { api, type Received, type ResponseOf } from '@elif/web-kit'
import { keepPreviousData, useQuery } from '@tanstack/react-query'

export type Dashboard = Received<ResponseOf<'/api/reporting/dashboard', 'get'>>
export type PeriodFigures = Dashboard['periods'][number]
export type Figures = PeriodFigures['current']
export type SalesReport = Received<ResponseOf<'/api/reporting/sales', 'get'>>
export type ReportRow = SalesReport['rows'][number]
export type ClerkDay = Received<ResponseOf<'/api/reporting/my-day', 'get'>>
export type PaymentsReport = Received<ResponseOf<'/api/reporting/payments', 'get'>>
export type DebtsReport = Received<ResponseOf<'/api/reporting/owed', 'get'>>
export type CustomerDebt = DebtsReport['total']
export type ContainersReport = Received<ResponseOf<'/api/reporting/containers', 'get'>>

export const GROUPINGS = ['DAY', 'WEEK', 'MONTH', 'PRODUCT', 'CATEGORY', 'CUSTOMER', 'CLERK', 'WAREHOUSE'] as const
export type GroupBy = (typeof GROUPINGS)[number]
export const GROUPING_LABELS: Record<GroupBy, string> = {
  DAY: 'Day',
  WEEK: 'Week',
  MONTH: 'Month',
  PRODUCT: 'Product',
  CATEGORY: 'Category',
  CUSTOMER: 'Customer',
  CLERK: 'Clerk',
  WAREHOUSE: 'Warehouse',
}
export const REPORT_SORTS = [
  'KEY',
  'QUANTITY',
  'REVENUE',
  'TAX',
  'COST',
  'GROSS_PROFIT',
  'MARGIN',
  'SALES_COUNT',
] as const
export type ReportSort = (typeof REPORT_SORTS)[number]

/** A sales report's question, as the URL keeps it: every value text, "" for none. */
export interface SalesReportFilter {
  from: string
  to: string
  groupBy: string
  sort: string
  direction: string
}

/** The API's search parameters of a report: its empty filters left out. */
export function reportParams(filter: SalesReportFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== ''))
}

export const reportingKeys = {
  all: ['reporting'] as const,
  dashboard: () => [...reportingKeys.all, 'dashboard'] as const,
  sales: (params: Record<string, string>) => [...reportingKeys.all, 'sales', params] as const,
  myDay: () => [...reportingKeys.all, 'my-day'] as const,
  payments: (from: string, to: string) => [...reportingKeys.all, 'payments', from, to] as const,
  owed: (asOf: string) => [...reportingKeys.all, 'owed', asOf] as const,
  containers: (asOf: string) => [...reportingKeys.all, 'containers', asOf] as const,
}

export const useDashboard = () =>
  useQuery({
    queryKey: reportingKeys.dashboard(),
    queryFn: ({ signal }) => api.get('api/reporting/dashboard', { signal }).json<Dashboard>(),
  })

/**
 * The sales report of business days from..to (both included), grouped by DAY, WEEK, MONTH or a dimension, sorted
 * by a figure (KEY by default) in a direction.
 */
export function useSalesReport(filter: SalesReportFilter) {
  const params = reportParams(filter)
  return useQuery({
    queryKey: reportingKeys.sales(params),
    queryFn: ({ signal }) => api.get('api/reporting/sales', { searchParams: params, signal }).json<SalesReport>(),
    enabled: Boolean(filter.from && filter.to),
    placeholderData: keepPreviousData,
  })
}

/** The signed-in clerk's own sales and payments today: no cost, no margin. */
export const useMyDay = () =>
  useQuery({
    queryKey: reportingKeys.myDay(),
    queryFn: ({ signal }) => api.get('api/reporting/my-day', { signal }).json<ClerkDay>(),
  })

/** The payments received on the business days from..to by method and by who took them. */
export function usePaymentsReport(from: string, to: string) {
  return useQuery({
    queryKey: reportingKeys.payments(from, to),
    queryFn: ({ signal }) =>
      api.get('api/reporting/payments', { searchParams: { from, to }, signal }).json<PaymentsReport>(),
    enabled: Boolean(from && to),
    placeholderData: keepPreviousData,
  })
}

/** What each customer owes at the end of the day (today when none), aged by each sale's due date. */
export function useDebtsReport(asOf: string) {
  return useQuery({
    queryKey: reportingKeys.owed(asOf),
    queryFn: ({ signal }) =>
      api.get('api/reporting/owed', { searchParams: asOf ? { asOf } : {}, signal }).json<DebtsReport>(),
    placeholderData: keepPreviousData,
  })
}

/** The containers customers hold at the end of the day (today when none) and the deposits held for them. */
export function useContainersReport(asOf: string) {
  return useQuery({
    queryKey: reportingKeys.containers(asOf),
    queryFn: ({ signal }) =>
      api.get('api/reporting/containers', { searchParams: asOf ? { asOf } : {}, signal }).json<ContainersReport>(),
    placeholderData: keepPreviousData,
  })
}

/** A day as the API writes it (YYYY-MM-DD), in the browser's calendar. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${day}`
}
