import type { ReactNode } from 'react'
import type { Role } from '../api/auth'
import { lazyPage } from './lazyPage'

const ProductsPage = lazyPage(() => import('../products/ProductsPage'), 'ProductsPage')
const ProfilePage = lazyPage(() => import('../profile/ProfilePage'), 'ProfilePage')
const StockPage = lazyPage(() => import('../stock/StockPage'), 'StockPage')

/** A page of an app: a route inside the shared layout and its link in the navigation. */
export interface ElifPage {
  /** Names the page: its navigation link's data-testid is `nav-<key>`. */
  key: string
  /** The navigation link's text. */
  label: string
  /** Route path relative to Vite's `base`, e.g. "users"; "" for the home page. */
  path: string
  element: ReactNode
  /** Roles that may open the page (any one of them); absent or empty: every signed-in user. */
  roles?: readonly Role[]
}

/** Every app's home page by default: the product list. */
export const PRODUCTS_PAGE: ElifPage = { key: 'products', label: 'Products', path: '', element: <ProductsPage /> }

/**
 * Stock levels, movement history and adjustments of one product at a time. Without roles: an app sets
 * those that may open it, e.g. `{ ...STOCK_PAGE, roles: ['ADMIN', 'MANAGER'] }`.
 */
export const STOCK_PAGE: ElifPage = { key: 'stock', label: 'Stock', path: 'stock', element: <StockPage /> }

/** The signed-in user's own account; the kit adds it to every app, last. */
export const PROFILE_PAGE: ElifPage = { key: 'profile', label: 'Profile', path: 'profile', element: <ProfilePage /> }

/** Path of a page for links: "/" for the home page. */
export const pageHref = (page: Pick<ElifPage, 'path'>) => `/${page.path}`
