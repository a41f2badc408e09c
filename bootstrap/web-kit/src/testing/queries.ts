import { matchQuery, QueryClient } from '@tanstack/react-query'

/** Whether invalidating the key family `family` refreshes the query of `key`, as TanStack Query matches them. */
export function refreshes(family: readonly unknown[], key: readonly unknown[]): boolean {
  const client = new QueryClient()
  const query = client.getQueryCache().build(client, { queryKey: key })
  return matchQuery({ queryKey: family }, query)
}
