import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { refreshSession } from '../auth/session'
import { api } from './http'
import type { Received, RequestOf, ResponseOf } from './types'

// The signed-in user's own account: password, two-factor authentication, API tokens.

export type PasswordChange = RequestOf<'/api/identity/me/password', 'post'>

/** A TOTP set-up: the Base32 `secret`, for typing into an authenticator app, and its otpauth:// URI, shown as a QR code. */
export type TotpSetup = Received<ResponseOf<'/api/identity/me/totp/setup', 'post'>>

export type ApiToken = Received<ResponseOf<'/api/identity/me/tokens', 'get'>[number], 'lastUsedAt' | 'revokedAt'>

/** A token just created: its secret `token` is in this answer only. */
export type CreatedApiToken = Received<ResponseOf<'/api/identity/me/tokens', 'post'>>

export const profileKeys = {
  tokens: ['identity', 'me', 'tokens'] as const,
}

/**
 * Ends the user's other sessions and revokes their API tokens. Fails with a ProblemError: validation
 * (field newPassword), wrong-password (field currentPassword), too-many-attempts.
 */
export function useChangeOwnPassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: PasswordChange) => api.post('api/identity/me/password', { json: change }),
    // the change revoked every API token of the user
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.tokens }),
  })
}

/**
 * Starts a TOTP set-up, given the current password: a new secret, not in force until confirmed with a
 * code. Fails with type wrong-password (field password) or too-many-attempts.
 */
export function useStartTotpSetup() {
  return useMutation({
    mutationFn: (password: string) => api.post('api/identity/me/totp/setup', { json: { password } }).json<TotpSetup>(),
  })
}

/** Confirms the set-up with a code from the app; fails with type totp-invalid. The session is re-read. */
export function useConfirmTotp() {
  return useMutation({
    mutationFn: (code: string) => api.post('api/identity/me/totp/confirm', { json: { code } }),
    onSuccess: () => refreshSession(),
  })
}

/** Turns two-factor authentication off, given the password (field password). The session is re-read. */
export function useDisableTotp() {
  return useMutation({
    mutationFn: (password: string) => api.post('api/identity/me/totp/disable', { json: { password } }),
    onSuccess: () => refreshSession(),
  })
}

export function useApiTokens() {
  return useQuery({
    queryKey: profileKeys.tokens,
    queryFn: ({ signal }) => api.get('api/identity/me/tokens', { signal }).json<ApiToken[]>(),
  })
}

export function useCreateApiToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => api.post('api/identity/me/tokens', { json: { name } }).json<CreatedApiToken>(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.tokens }),
  })
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete(`api/identity/me/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.tokens }),
  })
}
