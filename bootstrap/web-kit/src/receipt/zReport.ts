// A till session's Z report as the server gives it (GET /api/sales/till-sessions/{id}/report).
import { useQuery } from '@tanstack/react-query'
import { api } from '../api/http'
import type { Received, ResponseOf } from '../api/types'

export type ZReport = Received<
  NonNullable<ResponseOf<'/api/sales/till-sessions/{id}/report', 'get'>>,
  'closedAt' | 'counted' | 'difference'
>

/** Under the apps' till keys (['sales', 'tills']), so whatever changes a till reads its reports again. */
export const zReportKeys = {
  one: (sessionId: string) => ['sales', 'tills', 'report', sessionId] as const,
}

export function useZReport(sessionId: string | null) {
  return useQuery({
    queryKey: zReportKeys.one(sessionId ?? ''),
    queryFn: ({ signal }) =>
      api.get(`api/sales/till-sessions/${encodeURIComponent(sessionId ?? '')}/report`, { signal }).json<ZReport>(),
    enabled: sessionId !== null,
  })
}
