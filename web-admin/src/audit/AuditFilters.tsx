import { useSearchBox } from '@elif/web-kit'
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '../identity/api'
import { Group, NativeSelect, TextInput } from '@mantine/core'

/** What the audit trail is filtered by; empty strings mean "any". Dates are ISO days (2026-11-21). */
export type AuditFilter = {
  action: string
  outcome: string
  username: string
  from: string
  to: string
}

export const NO_FILTER: AuditFilter = { action: '', outcome: '', username: '', from: '', to: '' }

const ACTION_OPTIONS = [
  { value: '', label: 'Any action' },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: action })),
]
const OUTCOME_OPTIONS = [
  { value: '', label: 'Any outcome' },
  ...AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: outcome })),
]

interface AuditFiltersProps {
  value: AuditFilter
  onChange: (change: Partial<AuditFilter>) => void
}

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const set = (field: keyof AuditFilter) => (event: { currentTarget: { value: string } }) =>
    onChange({ [field]: event.currentTarget.value })
  const username = useSearchBox(value.username, (text) => onChange({ username: text }))
  return (
    <Group align="flex-end" gap="sm" data-testid="audit-filters">
      <NativeSelect label="Action" data={ACTION_OPTIONS} value={value.action} onChange={set('action')} />
      <NativeSelect label="Outcome" data={OUTCOME_OPTIONS} value={value.outcome} onChange={set('outcome')} />
      <TextInput label="Username" {...username} />
      <TextInput label="From" type="date" value={value.from} max={value.to || undefined} onChange={set('from')} />
      <TextInput label="To" type="date" value={value.to} min={value.from || undefined} onChange={set('to')} />
    </Group>
  )
}
