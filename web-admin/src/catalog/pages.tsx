import { lazyPage, type ElifPage } from '@elif/web-kit'
import type { RouteObject } from 'react-router'

const ProductCatalogPage = lazyPage(() => import('./products/ProductCatalogPage'), 'ProductCatalogPage')
const ProductDetailPage = lazyPage(() => import('./products/ProductDetailPage'), 'ProductDetailPage')
const CatalogSettingsPage = lazyPage(() => import('./reference/CatalogSettingsPage'), 'CatalogSettingsPage')
const CategoriesPage = lazyPage(() => import('./reference/CategoriesPage'), 'CategoriesPage')
const ContainerTypesPage = lazyPage(() => import('./reference/ContainerTypesPage'), 'ContainerTypesPage')
const TaxClassesPage = lazyPage(() => import('./reference/TaxClassesPage'), 'TaxClassesPage')
const UnitsPage = lazyPage(() => import('./reference/UnitsPage'), 'UnitsPage')

const CATALOG_ROLES = ['ADMIN', 'MANAGER'] as const

/** The administration's home page: the catalogue's products. */
export const CATALOG_PRODUCTS_PAGE: ElifPage = {
  key: 'products',
  label: 'Products',
  path: '',
  element: <ProductCatalogPage />,
  roles: CATALOG_ROLES,
}

/** The catalogue's reference lists and settings, in navigation order. */
export const CATALOG_PAGES: ElifPage[] = [
  { key: 'categories', label: 'Categories', path: 'categories', element: <CategoriesPage />, roles: CATALOG_ROLES },
  { key: 'tax-classes', label: 'Tax classes', path: 'tax-classes', element: <TaxClassesPage />, roles: CATALOG_ROLES },
  { key: 'containers', label: 'Containers', path: 'containers', element: <ContainerTypesPage />, roles: CATALOG_ROLES },
  { key: 'units', label: 'Units', path: 'units', element: <UnitsPage />, roles: CATALOG_ROLES },
  {
    key: 'catalog-settings',
    label: 'Catalogue settings',
    path: 'catalog-settings',
    element: <CatalogSettingsPage />,
    roles: CATALOG_ROLES,
  },
]

/** Pages reached from the lists, outside the navigation. */
export const CATALOG_ROUTES: RouteObject[] = [{ path: 'products/:productId', element: <ProductDetailPage /> }]
