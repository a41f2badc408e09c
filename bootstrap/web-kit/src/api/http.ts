import ky, { HTTPError, TimeoutError, type KyRequest, type Options } from 'ky'
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

/** The last segment of a problem type such as https://elif.io/problems/last-admin: "last-admin". */
function slugOf(type: string | undefined): string | undefined {
  return type?.replace(/\/+$/, '').split('/').pop() || undefined
}

const baseOptions: Options = {
  prefixUrl: `${apiUrl}/`,
  credentials: 'include',
  headers: configuredTenant ? { 'X-Tenant': configuredTenant } : {},
}

// --- CSRF: double-submit cookie -------------------------------------------------------------------------
// The server sets a readable XSRF-TOKEN cookie; every mutating request repeats its value in a header. When
// the API is on another origin the cookie is not readable here: the token from GET api/auth/csrf is used.

const CSRF_COOKIE = 'XSRF-TOKEN'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

interface CsrfToken {
  headerName: string
  token: string
}

let csrfHeaderName = 'X-XSRF-TOKEN'
let lastCsrfToken: string | undefined
let pendingCsrfToken: Promise<string | undefined> | undefined

/** Requests of the kit itself (the CSRF token) that must not run through `api`'s hooks. */
const plainClient = ky.create({ ...baseOptions, retry: 0 })

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`
  const cookie = document.cookie.split(/;\s*/).find((entry) => entry.startsWith(prefix))
  if (cookie === undefined) return undefined
  try {
    return decodeURIComponent(cookie.slice(prefix.length)) || undefined
  } catch {
    return undefined
  }
}

/**
 * Asks the server for the CSRF token (it also sets the XSRF-TOKEN cookie when there is none). Called at
 * start-up, after login and logout, and after a 403 csrf. Never fails: without a token the server's 403 says so.
 */
export function refreshCsrfToken(): Promise<string | undefined> {
  const request = plainClient
    .get('api/auth/csrf')
    .json<CsrfToken>()
    .then((csrf) => {
      if (csrf.headerName) csrfHeaderName = csrf.headerName
      lastCsrfToken = csrf.token
      return csrf.token
    })
    .catch(() => undefined)
    .finally(() => {
      if (pendingCsrfToken === request) pendingCsrfToken = undefined
    })
  pendingCsrfToken = request
  return request
}

async function currentCsrfToken(): Promise<string | undefined> {
  const fromCookie = readCookie(CSRF_COOKIE)
  if (fromCookie) return fromCookie
  if (pendingCsrfToken) await pendingCsrfToken
  return readCookie(CSRF_COOKIE) ?? lastCsrfToken ?? (await refreshCsrfToken())
}

async function addCsrfHeader(request: KyRequest): Promise<void> {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return
  const token = await currentCsrfToken()
  if (token) request.headers.set(csrfHeaderName, token)
}

async function problemSlugOf(response: Response): Promise<string | undefined> {
  return slugOf((await readProblem(response)).type)
}

// --- The end of a session -------------------------------------------------------------------------------

type UnauthenticatedListener = () => void
const unauthenticatedListeners = new Set<UnauthenticatedListener>()

/**
 * Calls `listener` whenever the API answers 401 (no session, or it ended: logout elsewhere, disabled user,
 * changed roles, expiry), except for a failed login. Returns the function that unsubscribes.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener)
  return () => unauthenticatedListeners.delete(listener)
}

const isLoginRequest = (request: Request) => new URL(request.url).pathname.endsWith('/api/auth/login')

/** The API client. Paths are relative to the API root: `api.get('api/tenant')`. */
export const api = ky.create({
  ...baseOptions,
  // TanStack Query decides about retries; the only retry here is the one a stale CSRF token forces.
  retry: { limit: 1, methods: [] },
  hooks: {
    beforeRequest: [addCsrfHeader],
    afterResponse: [
      async (request, _options, response, { retryCount }) => {
        if (response.status === 403 && retryCount === 0 && (await problemSlugOf(response.clone())) === 'csrf') {
          lastCsrfToken = undefined
          await refreshCsrfToken()
          return ky.retry({ delay: 0, code: 'CSRF_TOKEN_REFRESHED' })
        }
        if (response.status === 401 && !isLoginRequest(request)) {
          for (const listener of unauthenticatedListeners) listener()
        }
        return undefined
      },
    ],
    beforeError: [async (error) => new ProblemError(error, await readProblem(error.response))],
  },
})

/** HTTP status of a failed request, or undefined when no response arrived. */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof HTTPError ? error.response.status : undefined
}

/** The slug of a failed request's problem type (https://elif.io/problems/last-admin: "last-admin"). */
export function problemType(error: unknown): string | undefined {
  return error instanceof ProblemError ? slugOf(error.problem.type) : undefined
}

/** Seconds to wait before trying again, from a failed request's Retry-After header (seconds or a date). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof HTTPError)) return undefined
  const header = error.response.headers.get('Retry-After')?.trim()
  if (!header) return undefined
  const seconds = /^\d+$/.test(header) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000)
  return Number.isFinite(seconds) ? Math.max(seconds, 0) : undefined
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
