// The sales module's till sessions as a manager reads them (docs/openapi.json, tag Tills). Money travels as exact
// decimal strings.
import { api, type Page, type Received, type RequestOf, type ResponseOf } from '@elif/web-kit'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

export type Till = Received<NonNullable<ResponseOf<'/api/sales/tills', 'get'>['items']>[number]>

export type SessionSummary = Received<
  NonNullable<NonNullable<ResponseOf<'/api/sales/till-sessions', 'get'>['items']>[number]>,
  'counted' | 'difference' | 'closedBy' | 'closedAt'
>

export interface SessionFilter {
  tillId: string
  clerk: string
  /** "" for both. */
  state: '' | 'OPEN' | 'CLOSED'
  from: string
  to: string
  /** 0-based */
  page: number
  size: number
}

export const tillKeys = {
  all: ['sales', 'tills'] as const,
  tills: () => [...tillKeys.all, 'list'] as const,
  sessions: (filter: SessionFilter) => [...tillKeys.all, 'sessions', filter] as const,
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

export function useSessions(filter: SessionFilter) {
  return useQuery({
    queryKey: tillKeys.sessions(filter),
    queryFn: ({ signal }) => {
      const searchParams: Record<string, string | number> = { page: filter.page, size: filter.size }
      for (const name of ['tillId', 'clerk', 'state', 'from', 'to'] as const) {
        if (filter[name]) searchParams[name] = filter[name]
      }
      return api.get('api/sales/till-sessions', { searchParams, signal }).json<Page<SessionSummary>>()
    },
    placeholderData: keepPreviousData,
  })
}

export type NewTill = RequestOf<'/api/sales/tills', 'post'>

/** A new till: afterwards the tills are read again. */
export function useCreateTill() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (till: NewTill) => api.post('api/sales/tills', { json: till }).json<Till>(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tillKeys.all }),
  })
}

export type ChangedTill = RequestOf<'/api/sales/tills/{id}', 'put'>

/** A till renamed, retired or brought back: afterwards the tills and their sessions are read again. */
export function useChangeTill() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, till }: { id: string; till: ChangedTill }) =>
      api.put(`api/sales/tills/${encodeURIComponent(id)}`, { json: till }).json<Till>(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tillKeys.all }),
  })
}
