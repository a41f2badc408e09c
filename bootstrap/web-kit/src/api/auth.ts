import { api } from './http'
import { enumMembers, type Received, type RequestOf, type ResponseOf } from './types'

/**
 * The signed-in user, as GET api/auth/me describes them. `totpSetupRequired`: the tenant requires two-factor
 * authentication of this user, who has not set it up yet.
 */
export type Me = Received<ResponseOf<'/api/auth/me', 'get'>>

export type Role = Me['roles'][number]

/** Every role, in the order screens list them (a role the API adds fails the build until it is listed). */
export const ROLES: readonly Role[] = enumMembers<Role>({
  ADMIN: 'ADMIN',
  MANAGER: 'MANAGER',
  SALES: 'SALES',
  WAREHOUSE: 'WAREHOUSE',
})

/**
 * What the login form sends (`login`: username or email; `totpCode` once the server asked for it, problem type
 * totp-required), and the `company`: the tenant, only when it cannot be derived from the host name or
 * VITE_TENANT, sent as X-Tenant.
 */
export type Credentials = RequestOf<'/api/auth/login', 'post'> & { company?: string }

/** True when the user holds at least one of `roles`; an empty or absent list lets everyone in. */
export function hasAnyRole(me: Pick<Me, 'roles'>, roles: readonly Role[] | undefined): boolean {
  return !roles || roles.length === 0 || roles.some((role) => me.roles.includes(role))
}

export const fetchMe = (signal?: AbortSignal) => api.get('api/auth/me', { signal }).json<Me>()

/**
 * Signs in. A company typed in the login form goes as the X-Tenant header (the server resolves the tenant
 * before it reads a body); afterwards the session cookie carries the tenant.
 */
export function postLogin({ company, ...credentials }: Credentials) {
  return api
    .post('api/auth/login', { json: credentials, headers: company ? { 'X-Tenant': company } : {} })
    .json<{ user: Me }>() // ResponseOf<'/api/auth/login', 'post'>
}

export const postLogout = () => api.post('api/auth/logout')
