import { useMutation } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { fetchMe, postLogin, postLogout, type Credentials, type Me } from '../api/auth'
import { httpStatus, onUnauthenticated, problemType, refreshCsrfToken } from '../api/http'
import { queryClient } from '../app/queryClient'

/** Who uses the app. The session cookie itself is HttpOnly: only the server's answers tell. */
export type SessionState =
  | { status: 'loading' }
  /** The server could not say who is signed in (unreachable, 5xx). */
  | { status: 'unreachable'; error: unknown }
  /** `ended`: a session was running and the server ended it (expiry, logout elsewhere, changed roles...). */
  | { status: 'signed-out'; ended: boolean }
  | { status: 'signed-in'; me: Me }

let state: SessionState = { status: 'loading' }
const listeners = new Set<() => void>()

function setState(next: SessionState) {
  state = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Forgets everything the previous user's queries fetched. */
function dropCachedData() {
  void queryClient.cancelQueries()
  queryClient.removeQueries()
}

function signOut(ended: boolean) {
  setState({ status: 'signed-out', ended })
  dropCachedData()
}

// Any request answered 401 while signed in: the session is over, the login page takes the screen.
onUnauthenticated(() => {
  if (state.status === 'signed-in') signOut(true)
})

/** Asks the server who is signed in: at start-up, and when something about the user changed. */
export async function loadSession(): Promise<void> {
  try {
    const me = await fetchMe()
    setState({ status: 'signed-in', me })
  } catch (error) {
    // Without a session nor a tenant (plain localhost, an IP address) the server cannot even tell: the
    // login form asks for the company.
    if (httpStatus(error) === 401 || problemType(error) === 'tenant-missing') {
      if (state.status !== 'signed-out') setState({ status: 'signed-out', ended: state.status === 'signed-in' })
    } else if (state.status !== 'signed-in') {
      setState({ status: 'unreachable', error })
    }
  }
}

/** Re-reads the signed-in user (after a TOTP set-up, say); a failure leaves the session as it is. */
export const refreshSession = loadSession

/** The session as it is now, re-rendering on every change. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state)
}

/** The signed-in user; only for components rendered behind the login page. */
export function useMe(): Me {
  const session = useSession()
  if (session.status !== 'signed-in') throw new Error('useMe: nobody is signed in')
  return session.me
}

/** Signs in; on success the app shows the signed-in user's pages. Fails with a ProblemError. */
export function useLogin() {
  return useMutation({
    mutationFn: postLogin,
    onSuccess: async ({ user }) => {
      dropCachedData()
      await refreshCsrfToken() // the server rotates it at login
      setState({ status: 'signed-in', me: user })
    },
  })
}

/** Signs out; the login page follows (also when the session had already ended). */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await postLogout()
      } catch (error) {
        if (httpStatus(error) !== 401) throw error
      }
    },
    onSuccess: async () => {
      signOut(false)
      await refreshCsrfToken()
    },
  })
}

export type { Credentials }
