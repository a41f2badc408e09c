import { describeError } from '@elif/web-kit'
import { Alert, Center, Loader } from '@mantine/core'
import type { ReactNode } from 'react'

interface QueryStatusProps<T> {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined }
  /** What could not be loaded, e.g. "Categories". */
  what: string
  children: (data: T) => ReactNode
}

/** A loader while the query runs, its error when it failed, else its data rendered by `children`. */
export function QueryStatus<T>({ query, what, children }: QueryStatusProps<T>) {
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    )
  }
  if (query.isError || query.data === undefined) {
    return (
      <Alert color="red" title={`${what} could not be loaded`} data-testid="load-error">
        {describeError(query.error)}
      </Alert>
    )
  }
  return <>{children(query.data)}</>
}
