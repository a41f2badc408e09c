/// <reference types="vite/client" />

// The kit ships source that each app's Vite build compiles: import.meta.env is that app's build-time
// configuration (its `base`, and the VITE_* variables of its environment).

declare global {
  interface ImportMetaEnv {
    /** Base URL of the API, e.g. https://api.example.com. Empty: same origin. */
    readonly VITE_API_URL?: string
    /** Tenant id sent as X-Tenant on every request. Empty: the backend uses the host's subdomain. */
    readonly VITE_TENANT?: string
  }
}

/** Tenant chosen at build time; without it the backend derives the tenant from the host's subdomain. */
export const configuredTenant: string | undefined = import.meta.env.VITE_TENANT?.trim() || undefined

/** Base URL of the API without a trailing slash; empty for the page's own origin. */
export const apiUrl: string = (import.meta.env.VITE_API_URL ?? '').trim().replace(/\/+$/, '')

/**
 * Vite's base (e.g. "/orders/"), its trailing slash kept: the home page's address is then "/orders/", which the
 * server serves as it is, whereas it redirects "/orders" there without the query, so a home page's list would
 * lose its filters (kept in the URL) on a reload.
 */
export const routerBasename: string = import.meta.env.BASE_URL || '/'
