import { HTTPError } from 'ky'
import { ProblemError, type ProblemDetail } from '../api/http'

/** A failed request as the API client reports it: an HTTP error carrying `problem`, for tests. */
export function problemError(problem: ProblemDetail, headers: Record<string, string> = {}): ProblemError {
  const status = problem.status ?? 400
  const request = new Request('http://localhost/api/test', { method: 'POST' })
  const response = new Response(JSON.stringify(problem), { status, headers })
  return new ProblemError(new HTTPError(response, request, {} as never), problem)
}
