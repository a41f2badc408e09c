import { api, type Page, type Received, type RequestOf, type ResponseOf, type Role, type With } from '@elif/web-kit'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'

// The tenant's users, its security audit trail and its security settings: for administrators.

export type User = Received<ResponseOf<'/api/identity/users', 'get'>>['items'][number]

export interface UserSearch {
  q: string
  /** 0-based */
  page: number
  size: number
}

export type NewUser = RequestOf<'/api/identity/users', 'post'>

export const userKeys = {
  all: ['identity', 'users'] as const,
  search: (search: UserSearch) => [...userKeys.all, search] as const,
}

const userPath = (id: string, action: string) => `api/identity/users/${encodeURIComponent(id)}/${action}`

export function useUsers(search: UserSearch) {
  return useQuery({
    queryKey: userKeys.search(search),
    queryFn: ({ signal }) =>
      api
        .get('api/identity/users', {
          searchParams: { ...(search.q ? { q: search.q } : {}), page: search.page, size: search.size },
          signal,
        })
        .json<Page<User>>(),
    placeholderData: keepPreviousData,
  })
}

/** A mutation of one user whose success refetches every user list. */
function useUserMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  })
}

/** Fails with 409 duplicate-user, or 400 validation (password rules: field password). */
export const useCreateUser = () =>
  useUserMutation((user: NewUser) => api.post('api/identity/users', { json: user }).json<User>())

/** Fails with 409 last-admin or own-roles. */
export const useSetUserRoles = () =>
  useUserMutation(({ id, roles }: { id: string; roles: Role[] }) =>
    api.put(userPath(id, 'roles'), { json: { roles } }).json<User>(),
  )

/** Disables (active: false; fails with 409 last-admin or own-account) or enables a user. */
export const useSetUserActive = () =>
  useUserMutation(({ id, active }: { id: string; active: boolean }) =>
    api.post(userPath(id, active ? 'enable' : 'disable')).json<User>(),
  )

/** An administrator sets a user's password. */
export const useResetUserPassword = () =>
  useUserMutation(({ id, newPassword }: { id: string; newPassword: string }) =>
    api.post(userPath(id, 'password'), { json: { newPassword } }),
  )

// --- Audit trail ---

export const AUDIT_ACTIONS = [
  'LOGIN',
  'LOGOUT',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'ROLES_CHANGED',
  'USER_CREATED',
  'USER_DISABLED',
  'USER_ENABLED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'TOTP_ENABLED',
  'TOTP_DISABLED',
  'ACCESS_DENIED',
  'SETTINGS_CHANGED',
  'REAUTHENTICATION',
  'CREDENTIALS_REVOKED',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_OUTCOMES = ['SUCCESS', 'FAILURE', 'DENIED'] as const

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

/** An entry of the audit trail; `action` is one of AUDIT_ACTIONS, or a newer action this screen does not know yet. */
export type AuditEvent = With<
  Received<
    Received<ResponseOf<'/api/identity/audit', 'get'>>['items'][number],
    'username' | 'clientAddress' | 'detail' | 'traceId'
  >,
  { outcome: AuditOutcome }
>

/** Empty strings mean "any"; dates are ISO days (2026-11-21). */
export interface AuditSearch {
  action: string
  outcome: string
  username: string
  from: string
  to: string
  /** 0-based */
  page: number
  size: number
}

export function useAuditEvents(search: AuditSearch) {
  const { page, size, ...filters } = search
  const searchParams: Record<string, string | number> = { page, size }
  for (const [name, value] of Object.entries(filters)) if (value) searchParams[name] = value
  return useQuery({
    queryKey: ['identity', 'audit', search],
    queryFn: ({ signal }) => api.get('api/identity/audit', { searchParams, signal }).json<Page<AuditEvent>>(),
    placeholderData: keepPreviousData,
  })
}

// --- Tenant security settings ---

export type SecuritySettings = RequestOf<'/api/identity/settings', 'put'>

const settingsKey = ['identity', 'settings'] as const

export function useSecuritySettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get('api/identity/settings', { signal }).json<SecuritySettings>(),
  })
}

export function useSaveSecuritySettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (settings: SecuritySettings) =>
      api.put('api/identity/settings', { json: settings }).json<SecuritySettings>(),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  })
}
