// A customer's account (what is owed, by age, and payments) and containers (what they hold, empties brought back).
import { api, type Received, type RequestOf, type ResponseOf } from '@elif/web-kit'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

export type Account = Received<ResponseOf<'/api/sales/customers/{id}/account', 'get'>>
export type Containers = Received<ResponseOf<'/api/sales/customers/{id}/containers', 'get'>>
export type AccountPayment = RequestOf<'/api/sales/customers/{id}/payments', 'post'>
export type EmptiesReturn = RequestOf<'/api/sales/customers/{id}/container-returns', 'post'>

const accountKeys = {
  account: (id: string) => ['sales', 'account', id] as const,
  containers: (id: string) => ['sales', 'containers', id] as const,
}

export const useAccount = (id: string) =>
  useQuery({
    queryKey: accountKeys.account(id),
    queryFn: ({ signal }) => api.get(`api/sales/customers/${id}/account`, { signal }).json<Account>(),
  })

export const useContainers = (id: string) =>
  useQuery({
    queryKey: accountKeys.containers(id),
    queryFn: ({ signal }) => api.get(`api/sales/customers/${id}/containers`, { signal }).json<Containers>(),
  })

/** A key per submission, so that a retried request after a network failure acts once (decision 59). */
const idempotent = () => ({ 'Idempotency-Key': crypto.randomUUID() })

function useAccountMutation<Input>(run: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sales'] }),
  })
}

/** A payment on account: the server gives it to the oldest open sales first. */
export const usePayOnAccount = (id: string) =>
  useAccountMutation((payment: AccountPayment) =>
    api.post(`api/sales/customers/${id}/payments`, { json: payment, headers: idempotent() }).json<unknown>(),
  )

export const useReturnEmpties = (id: string) =>
  useAccountMutation((request: EmptiesReturn) =>
    api.post(`api/sales/customers/${id}/container-returns`, { json: request, headers: idempotent() }).json<unknown>(),
  )
