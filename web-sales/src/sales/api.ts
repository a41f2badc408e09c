// The sales module's sales, payments and returns (docs/openapi.json, tags Sales and Payments). Money travels as
// exact decimal strings and is never parsed into a float.
import { api, type Page, type Received, type RequestOf, type ResponseOf } from '@elif/web-kit'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

export type Sale = Received<ResponseOf<'/api/sales/sales/{id}', 'get'>>
export type SaleSummary = Received<ResponseOf<'/api/sales/sales', 'get'>>['items'][number]
export type SaleReturn = Received<ResponseOf<'/api/sales/sales/{id}/returns', 'get'>>[number]
export type NewPayment = RequestOf<'/api/sales/sales/{id}/payments', 'post'>
export type NewSaleReturn = RequestOf<'/api/sales/sales/{id}/returns', 'post'>
export type SaleState = Sale['state']
export type PaymentStatus = NonNullable<Sale['paymentStatus']>
export type PaymentMethod = NewPayment['method']

export const SALE_STATES: readonly SaleState[] = ['DRAFT', 'CONFIRMED', 'COMPLETED', 'CANCELLED']
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['UNPAID', 'PARTLY_PAID', 'PAID']
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['CASH', 'CARD', 'MOBILE_MONEY', 'BANK_TRANSFER']

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  CASH: 'Cash',
  CARD: 'Card',
  MOBILE_MONEY: 'Mobile money',
  BANK_TRANSFER: 'Bank transfer',
}

export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  UNPAID: 'Unpaid',
  PARTLY_PAID: 'Partly paid',
  PAID: 'Paid',
}

/** Every filter is text, "" for any: as the list keeps them in the URL. */
export interface SaleFilter {
  number: string
  state: string
  paymentStatus: string
  from: string
  to: string
  clerk: string
  customerId: string
  page: number
  size: number
}

export const saleKeys = {
  all: ['sales', 'sales'] as const,
  list: (filter: SaleFilter) => [...saleKeys.all, 'list', filter] as const,
  one: (id: string) => [...saleKeys.all, 'one', id] as const,
  returns: (id: string) => [...saleKeys.all, 'returns', id] as const,
}

export function useSaleList(filter: SaleFilter) {
  return useQuery({
    queryKey: saleKeys.list(filter),
    queryFn: ({ signal }) => {
      const { page, size, ...filters } = filter
      const searchParams: Record<string, string | number> = { page, size }
      for (const [name, value] of Object.entries(filters)) if (value) searchParams[name] = value
      return api.get('api/sales/sales', { searchParams, signal }).json<Page<SaleSummary>>()
    },
    placeholderData: keepPreviousData,
  })
}

export const useSale = (id: string) =>
  useQuery({
    queryKey: saleKeys.one(id),
    queryFn: ({ signal }) => api.get(`api/sales/sales/${id}`, { signal }).json<Sale>(),
  })

export const useSaleReturns = (id: string) =>
  useQuery({
    queryKey: saleKeys.returns(id),
    queryFn: ({ signal }) => api.get(`api/sales/sales/${id}/returns`, { signal }).json<SaleReturn[]>(),
  })

/** A key per submission, so that a retried request after a network failure acts once (decision 59). */
const idempotent = () => ({ 'Idempotency-Key': crypto.randomUUID() })

/** A change of a sale or of money: afterwards every sales list and customer account is read again. */
function useMoneyMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sales'] }),
  })
}

export const useTakePayment = (saleId: string) =>
  useMoneyMutation((payment: NewPayment) =>
    api.post(`api/sales/sales/${saleId}/payments`, { json: payment, headers: idempotent() }).json<unknown>(),
  )

export const useReturnSale = (saleId: string) =>
  useMoneyMutation((request: NewSaleReturn) =>
    api.post(`api/sales/sales/${saleId}/returns`, { json: request, headers: idempotent() }).json<SaleReturn>(),
  )

export const useCancelSale = (saleId: string) =>
  useMoneyMutation(() => api.post(`api/sales/sales/${saleId}/cancel`).json<Sale>())
