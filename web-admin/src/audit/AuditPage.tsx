import { describeError, useAuditEvents } from '@elif/web-kit'
import { Alert, Center, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { AuditFilters, NO_FILTER, type AuditFilter } from './AuditFilters'
import { AuditTable } from './AuditTable'

const PAGE_SIZE = 50

/** The tenant's security audit trail (logins, user changes, refusals...), newest first, filtered. */
export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER)
  const [username] = useDebouncedValue(filter.username.trim(), 300)
  const applied: AuditFilter = { ...filter, username }
  // The page belongs to a filter: another filter starts again at the first page.
  const filterKey = JSON.stringify(applied)
  const [paging, setPaging] = useState({ filterKey, page: 0 })
  const page = paging.filterKey === filterKey ? paging.page : 0

  const events = useAuditEvents({ ...applied, page, size: PAGE_SIZE })

  let content
  if (events.isPending) {
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    )
  } else if (events.isError) {
    content = (
      <Alert color="red" title="The audit trail could not be loaded" data-testid="audit-error">
        {describeError(events.error)}
      </Alert>
    )
  } else if (events.data.items.length === 0) {
    content = (
      <Text c="dimmed" py="xl" ta="center" data-testid="audit-empty">
        No event matches these filters.
      </Text>
    )
  } else {
    content = (
      <>
        <AuditTable events={events.data.items} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {events.data.totalItems} {events.data.totalItems === 1 ? 'event' : 'events'}
          </Text>
          {events.data.totalPages > 1 && (
            <Pagination
              total={events.data.totalPages}
              value={page + 1}
              onChange={(value) => setPaging({ filterKey, page: value - 1 })}
            />
          )}
        </Group>
      </>
    )
  }

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>Audit trail</Title>
        {events.isFetching && !events.isPending && <Loader size="xs" />}
      </Group>
      <AuditFilters value={filter} onChange={setFilter} />
      {content}
    </Stack>
  )
}
