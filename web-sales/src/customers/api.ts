// The sales module's customers (docs/openapi.json, tag Customers). Money travels as exact decimal strings
// ("2500000.00") and is never parsed into a float.
import { api, type Page, type Received, type RequestOf, type ResponseOf, type With } from '@elif/web-kit'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

/** A customer as the server sends it; `creditLimit` is an exact decimal, as text. */
export type Customer = Received<ResponseOf<'/api/sales/customers/{id}', 'get'>>

export type CustomerPage = Page<Customer>

export { PRICE_LEVEL_LABELS, PRICE_LEVELS, type PriceLevel } from '@elif/web-kit'

/** A whole number in a request, or the text typed when it is not one: the server refuses it with a field message. */
export type IntegerInput = number | string

// Requests as the document describes them, except that the payment terms may go as typed, for the server to
// refuse with a field message. A clerk's request carries no terms at all: the server refuses them from SALES.
export type NewCustomer = With<RequestOf<'/api/sales/customers', 'post'>, { paymentTermsDays?: IntegerInput }>

export type CustomerChange = With<RequestOf<'/api/sales/customers/{id}', 'put'>, { paymentTermsDays: IntegerInput }>

export interface CustomerFilter {
  q: string
  /** "" for both. */
  active: '' | 'true' | 'false'
  /** 0-based */
  page: number
  size: number
}

export const customerKeys = {
  all: ['sales', 'customers'] as const,
  list: (filter: CustomerFilter) => [...customerKeys.all, 'list', filter] as const,
}

export function useCustomerList(filter: CustomerFilter) {
  return useQuery({
    queryKey: customerKeys.list(filter),
    queryFn: ({ signal }) => {
      const searchParams: Record<string, string | number> = { page: filter.page, size: filter.size }
      if (filter.q) searchParams.q = filter.q
      if (filter.active) searchParams.active = filter.active
      return api.get('api/sales/customers', { searchParams, signal }).json<CustomerPage>()
    },
    placeholderData: keepPreviousData,
  })
}

/** A change of one customer: afterwards every customer list is read again. */
function useCustomerMutation<Input>(run: (input: Input) => Promise<Customer>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  })
}

export const useCreateCustomer = () =>
  useCustomerMutation((customer: NewCustomer) => api.post('api/sales/customers', { json: customer }).json<Customer>())

export const useChangeCustomer = (id: string) =>
  useCustomerMutation((change: CustomerChange) =>
    api.put(`api/sales/customers/${id}`, { json: change }).json<Customer>(),
  )

/** Deactivates (active false) or activates again (active true) a customer. */
export const useSetCustomerActive = () =>
  useCustomerMutation(({ id, active }: { id: string; active: boolean }) =>
    api.post(`api/sales/customers/${id}/${active ? 'activate' : 'deactivate'}`).json<Customer>(),
  )
