import { QueryClient } from '@tanstack/react-query'
import { httpStatus } from '../api/http'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not get better by asking again; network errors and 5xx may.
      retry: (failureCount, error) => {
        const status = httpStatus(error)
        return failureCount < 2 && (status === undefined || status >= 500)
      },
    },
  },
})
