import '@mantine/core/styles.css'

import { MantineProvider, type MantineColor } from '@mantine/core'
import { cssVariablesResolver, elifTheme } from './theme'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import type { Role } from '../api/auth'
import { refreshCsrfToken } from '../api/http'
import { RequireRoles } from '../auth/RequireRoles'
import { SessionGate } from '../auth/SessionGate'
import { loadSession } from '../auth/session'
import { routerBasename } from '../env'
import { NotFoundPage } from '../layout/NotFoundPage'
import { RouteErrorPage } from '../layout/RouteErrorPage'
import { PRODUCTS_PAGE, PROFILE_PAGE, type ElifPage } from './pages'
import { queryClient } from './queryClient'

/** What makes one ELIF SPA different from the others. */
export interface ElifAppConfig {
  /** Shown in the header and above the login form, e.g. "ELIF · Sales". */
  name: string
  /** Mantine primary colour, e.g. "teal". */
  color: MantineColor
  /**
   * The app's pages, in navigation order, each with its route and link (hidden from, and refused to,
   * users without one of its `roles`). Default: the product list as the home page. The kit always adds
   * the profile page (key "profile", path "profile") last, and a "page not found" route.
   */
  pages?: ElifPage[]
  /** Further routes outside the navigation (open to every user the app accepts). */
  routes?: RouteObject[]
  /**
   * Users holding none of these roles see a page that refuses them (and may only log out).
   * Absent or empty: every signed-in user.
   */
  allowedRoles?: readonly Role[]
  /** What the refusal says to users without one of `allowedRoles`. */
  accessRefusedMessage?: string
}

function routeOf(page: ElifPage, allPages: ElifPage[]): RouteObject {
  if (page.path !== '') {
    return { path: page.path, element: <RequireRoles roles={page.roles}>{page.element}</RequireRoles> }
  }
  const element = (
    <RequireRoles roles={page.roles} otherwise={allPages}>
      {page.element}
    </RequireRoles>
  )
  return { index: true, element }
}

function createRouter({
  name,
  pages = [PRODUCTS_PAGE],
  routes = [],
  allowedRoles,
  accessRefusedMessage,
}: ElifAppConfig) {
  const allPages = [...pages.filter((page) => page.key !== PROFILE_PAGE.key), PROFILE_PAGE]
  return createBrowserRouter(
    [
      {
        element: (
          <SessionGate
            name={name}
            pages={allPages}
            allowedRoles={allowedRoles}
            accessRefusedMessage={accessRefusedMessage}
          />
        ),
        errorElement: <RouteErrorPage />,
        children: [
          ...allPages.map((page) => routeOf(page, allPages)),
          ...routes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename: routerBasename },
  )
}

/** Renders the app into the page's `#root` element: an app's whole entry point, called once per page. */
export function startElifApp(config: ElifAppConfig, container = document.getElementById('root')) {
  if (!container) throw new Error('startElifApp: no #root element in the page')
  void refreshCsrfToken()
  void loadSession()
  const theme = elifTheme(config.color)
  const router = createRouter(config)
  createRoot(container).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  )
}
