import { useQuery } from '@tanstack/react-query'
import { configuredTenant } from '../env'
import { api } from './http'
import type { Received, ResponseOf, With } from './types'

/** The tenant this app talks to and whether its database answers (the document types `status` as any text). */
export type Tenant = With<Received<ResponseOf<'/api/tenant', 'get'>>, { status: 'UP' | 'DOWN' }>

export function useTenant() {
  return useQuery({
    queryKey: ['tenant'],
    queryFn: ({ signal }) => api.get('api/tenant', { signal }).json<Tenant>(),
    refetchInterval: 15_000,
    retry: false, // the next poll is the retry
  })
}

/**
 * The tenant this app talks to, when the API could not tell: the configured one, else the
 * first label of a host name such as demo.localhost (the backend's rule).
 */
export function expectedTenantId(): string | undefined {
  if (configuredTenant) return configuredTenant
  const labels = window.location.hostname.split('.')
  const isIpAddress = /^[\d.]+$/.test(window.location.hostname) || window.location.hostname.includes(':')
  return labels.length > 1 && !isIpAddress ? labels[0] : undefined
}
