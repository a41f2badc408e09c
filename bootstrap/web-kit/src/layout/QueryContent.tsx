import { Alert, Center, Loader, Text } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { describeError } from '../api/http'

interface QueryContentProps<T> {
  query: UseQueryResult<T>
  /** Names what is loaded, e.g. "Transfers": "Transfers could not be loaded". */
  what: string
  /** data-testid prefix: `<testId>-loading`, `-error`, `-empty`. */
  testId: string
  /** Whether the data counts as empty, and what to say then. */
  isEmpty?: (data: T) => boolean
  emptyText?: string
  children: (data: T) => ReactNode
}

/** A query's loader, its error (the problem's detail), its empty text, or its content. */
export function QueryContent<T>({ query, what, testId, isEmpty, emptyText, children }: QueryContentProps<T>) {
  if (query.isPending) {
    return (
      <Center py="xl" data-testid={`${testId}-loading`}>
        <Loader />
      </Center>
    )
  }
  if (query.isError) {
    return (
      <Alert color="red" title={`${what} could not be loaded`} data-testid={`${testId}-error`}>
        {describeError(query.error)}
      </Alert>
    )
  }
  if (isEmpty?.(query.data)) {
    return (
      <Text c="dimmed" py="xl" ta="center" data-testid={`${testId}-empty`}>
        {emptyText ?? 'Nothing to show.'}
      </Text>
    )
  }
  return <>{children(query.data)}</>
}
