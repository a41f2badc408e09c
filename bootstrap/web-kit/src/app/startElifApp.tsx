import '@mantine/core/styles.css'

import { createTheme, MantineProvider, type MantineColor } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { routerBasename } from '../env'
import { AppLayout } from '../layout/AppLayout'
import { NotFoundPage } from '../layout/NotFoundPage'
import { RouteErrorPage } from '../layout/RouteErrorPage'
import { ProductsPage } from '../products/ProductsPage'
import { queryClient } from './queryClient'

/** What makes one ELIF SPA different from the others. */
export interface ElifAppConfig {
  /** Shown in the header, e.g. "ELIF · Sales". */
  name: string
  /** Mantine primary colour, e.g. "teal". */
  color: MantineColor
  /**
   * The app's pages, rendered inside the shared layout; paths are relative to Vite's `base`.
   * Default: the product list at the index route. A "page not found" route is always added last.
   */
  routes?: RouteObject[]
}

const DEFAULT_ROUTES: RouteObject[] = [{ index: true, element: <ProductsPage /> }]

function createRouter({ name, routes = DEFAULT_ROUTES }: ElifAppConfig) {
  return createBrowserRouter(
    [
      {
        element: <AppLayout name={name} />,
        errorElement: <RouteErrorPage />,
        children: [...routes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
    { basename: routerBasename },
  )
}

/** Renders the app into the page's `#root` element: an app's whole entry point, called once per page. */
export function startElifApp(config: ElifAppConfig, container = document.getElementById('root')) {
  if (!container) throw new Error('startElifApp: no #root element in the page')
  const theme = createTheme({ primaryColor: config.color })
  const router = createRouter(config)
  createRoot(container).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  )
}
