import { Group, Pagination, Text } from '@mantine/core'
import { pageCount, type ResultPage } from '../api/catalog'

interface ListFooterProps {
  /** The page of the list, as the API answered it. */
  data: Pick<ResultPage<unknown>, 'size' | 'totalItems'>
  /** What the list counts, once and more than once, e.g. `['supplier', 'suppliers']`. */
  counts: readonly [string, string]
  /** 0-based */
  page: number
  onPage: (page: number) => void
  /** The count's data-testid. */
  testId?: string
}

/** Under a paged list: how many it holds in all, and the pages when there are several. */
export function ListFooter({ data, counts, page, onPage, testId }: ListFooterProps) {
  const pages = pageCount(data)
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" data-testid={testId}>
        {data.totalItems} {data.totalItems === 1 ? counts[0] : counts[1]}
      </Text>
      {pages > 1 && <Pagination total={pages} value={page + 1} onChange={(value) => onPage(value - 1)} />}
    </Group>
  )
}
