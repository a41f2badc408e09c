import { describeError, useUrlFilters, ListFooter } from '@elif/web-kit'
import { useAuditEvents } from '../identity/api'
import { Alert, Center, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { AuditFilters, NO_FILTER } from './AuditFilters'
import { AuditTable } from './AuditTable'

const PAGE_SIZE = 50

/** The tenant's security audit trail (logins, user changes, refusals...), newest first, filtered. */
export function AuditPage() {
  // Filters and page are in the URL; another filter starts again at the first page.
  const { filters, page, setFilters, setPage } = useUrlFilters(NO_FILTER)
  const events = useAuditEvents({ ...filters, page, size: PAGE_SIZE })

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
        <ListFooter data={events.data} counts={['event', 'events']} page={page} onPage={setPage} />
      </>
    )
  }

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>Audit trail</Title>
        {events.isFetching && !events.isPending && <Loader size="xs" />}
      </Group>
      <AuditFilters value={filters} onChange={setFilters} />
      {content}
    </Stack>
  )
}
