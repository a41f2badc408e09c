import { lazyPage, type ElifPage } from '@elif/web-kit'
import type { RouteObject } from 'react-router'
import { SUPPLIER_PATH } from './paths'

const SuppliersPage = lazyPage(() => import('./SuppliersPage'), 'SuppliersPage')
const SupplierPage = lazyPage(() => import('./SupplierPage'), 'SupplierPage')

/** Purchasing's administration: the suppliers and what each sells; managers and administrators. */
export const PURCHASING_PAGES: ElifPage[] = [
  { key: 'suppliers', label: 'Suppliers', path: 'suppliers', element: <SuppliersPage />, roles: ['ADMIN', 'MANAGER'] },
]

/** A supplier's page, reached from the list. */
export const PURCHASING_ROUTES: RouteObject[] = [{ path: SUPPLIER_PATH, element: <SupplierPage /> }]
