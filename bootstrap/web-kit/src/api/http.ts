import ky, { HTTPError, TimeoutError } from 'ky'
import { apiUrl, configuredTenant } from '../env'

/** One entry of a validation problem's `errors` array. */
export interface FieldProblem {
  field: string
  message: string
}

/** RFC 9457 problem details, as every API error is reported. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: FieldProblem[]
}

/** An HTTP error whose response body has been read as a problem. */
export class ProblemError extends HTTPError {
  readonly problem: ProblemDetail

  constructor(error: HTTPError, problem: ProblemDetail) {
    super(error.response, error.request, error.options)
    this.problem = problem
    this.message = problem.detail ?? problem.title ?? error.message
  }
}

async function readProblem(response: Response): Promise<ProblemDetail> {
  const fallback: ProblemDetail = { status: response.status, title: response.statusText || undefined }
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return fallback
  try {
    const body: unknown = await response.json()
    return typeof body === 'object' && body !== null ? { ...fallback, ...(body as ProblemDetail) } : fallback
  } catch {
    return fallback
  }
}

/** The API client. Paths are relative to the API root: `api.get('api/tenant')`. */
export const api = ky.create({
  prefixUrl: `${apiUrl}/`,
  credentials: 'include',
  headers: configuredTenant ? { 'X-Tenant': configuredTenant } : {},
  retry: 0, // TanStack Query decides about retries
  hooks: {
    beforeError: [async (error) => new ProblemError(error, await readProblem(error.response))],
  },
})

/** HTTP status of a failed request, or undefined when no response arrived. */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof HTTPError ? error.response.status : undefined
}

/** A sentence to show the user for a failed request: the problem's detail when there is one. */
export function describeError(error: unknown): string {
  if (error instanceof ProblemError) {
    return error.problem.detail ?? error.problem.title ?? `The server answered ${error.response.status}.`
  }
  if (error instanceof HTTPError) return `The server answered ${error.response.status}.`
  if (error instanceof TimeoutError) return 'The server did not answer in time.'
  if (error instanceof TypeError) return 'Cannot reach the server.'
  return 'Something went wrong.'
}
