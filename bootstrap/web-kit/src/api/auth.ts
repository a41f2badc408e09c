import { api } from './http'

export type Role = 'ADMIN' | 'MANAGER' | 'SALES' | 'WAREHOUSE'

/** Every role, in the order screens list them. */
export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'SALES', 'WAREHOUSE']

/** The signed-in user, as GET api/auth/me describes them. */
export interface Me {
  id: string
  username: string
  email: string
  displayName: string
  roles: Role[]
  tenant: string
  totpEnabled: boolean
  /** The tenant requires two-factor authentication of this user, who has not set it up yet. */
  totpSetupRequired: boolean
}

export interface Credentials {
  /** The tenant, only when it cannot be derived from the host name or VITE_TENANT: sent as X-Tenant. */
  company?: string
  /** Username or email. */
  login: string
  password: string
  /** The authenticator app's code, once the server asked for it (problem type totp-required). */
  totpCode?: string
}

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
    .json<{ user: Me }>()
}

export const postLogout = () => api.post('api/auth/logout')
