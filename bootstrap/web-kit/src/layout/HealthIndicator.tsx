import { Badge, Tooltip, type MantineColor } from '@mantine/core'
import { describeError, httpStatus } from '../api/http'
import { expectedTenantId, useTenant, type Tenant } from '../api/tenant'

interface Health {
  label: string
  color: MantineColor
  hint?: string
}

function healthOf(tenant: Tenant | undefined, error: Error | null): Health {
  if (error) {
    if (httpStatus(error) === 503) {
      const id = tenant?.id ?? expectedTenantId()
      return { label: id ? `${id} · unavailable` : 'unavailable', color: 'orange', hint: describeError(error) }
    }
    return { label: 'offline', color: 'red', hint: describeError(error) }
  }
  if (!tenant) return { label: 'connecting…', color: 'gray' }
  return tenant.status === 'UP'
    ? { label: `${tenant.id} · connected`, color: 'green' }
    : { label: `${tenant.id} · unavailable`, color: 'orange', hint: 'The tenant is not available right now.' }
}

/** Tenant and server health, polled every 15 s. */
export function HealthIndicator() {
  const { data, error } = useTenant()
  const health = healthOf(data, error)
  return (
    <Tooltip label={health.hint} disabled={!health.hint}>
      <Badge data-testid="health-indicator" variant="dot" color={health.color} size="lg" tt="none">
        {health.label}
      </Badge>
    </Tooltip>
  )
}
