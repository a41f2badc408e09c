// The sales module's tills (docs/openapi.json, tag Tills). Money travels as exact decimal strings.
import { api, type Received, type RequestOf, type ResponseOf, type With } from '@elif/web-kit'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

export type Till = Received<NonNullable<ResponseOf<'/api/sales/tills', 'get'>['items']>[number]>

export type TillSession = Received<
  NonNullable<ResponseOf<'/api/sales/till-sessions/{id}', 'get'>>,
  'counted' | 'difference' | 'closedBy' | 'closedAt'
>

export type Movement = TillSession['movements'][number]

export type CashMovement = RequestOf<'/api/sales/till-sessions/{id}/movements', 'post'>
/** A count's pieces go as typed: the server refuses what is not a whole number, naming the field. */
export type SessionClosing = With<
  RequestOf<'/api/sales/till-sessions/{id}/close', 'post'>,
  { denominations?: { value: string; count: number | string }[] }
>

export const tillKeys = {
  all: ['sales', 'tills'] as const,
  tills: () => [...tillKeys.all, 'list'] as const,
  current: () => [...tillKeys.all, 'current'] as const,
}

export const MOVEMENT_LABELS: Record<Movement['kind'], string> = {
  FLOAT: 'Float',
  PAYMENT: 'Cash payment',
  REFUND: 'Refund',
  PAID_IN: 'Cash put in',
  PAID_OUT: 'Cash taken out',
}

export const useTills = () =>
  useQuery({
    queryKey: tillKeys.tills(),
    queryFn: ({ signal }) =>
      api
        .get('api/sales/tills', { signal })
        .json<{ items: Till[] }>()
        .then((page) => page.items),
  })

/** The signed-in clerk's open session, or null. */
export const useCurrentSession = () =>
  useQuery({
    queryKey: tillKeys.current(),
    queryFn: ({ signal }) =>
      api
        .get('api/sales/till-sessions/current', { signal })
        .json<{ session: TillSession | null }>()
        .then((current) => current.session),
  })

/** A change of the session: afterwards everything about tills is read again. */
function useTillMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tillKeys.all }),
  })
}

export const useOpenSession = () =>
  useTillMutation(({ tillId, openingFloat }: { tillId: string; openingFloat: string }) =>
    api.post(`api/sales/tills/${tillId}/sessions`, { json: { openingFloat } }).json<TillSession>(),
  )

export const useMoveCash = (sessionId: string) =>
  useTillMutation((movement: CashMovement) =>
    api.post(`api/sales/till-sessions/${sessionId}/movements`, { json: movement }).json<Movement>(),
  )

export const useCloseSession = (sessionId: string) =>
  useTillMutation((closing: SessionClosing) =>
    api.post(`api/sales/till-sessions/${sessionId}/close`, { json: closing }).json<TillSession>(),
  )
