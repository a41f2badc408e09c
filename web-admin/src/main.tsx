import { lazyPage, startElifApp } from '@elif/web-kit'
import { CATALOG_PAGES, CATALOG_PRODUCTS_PAGE, CATALOG_ROUTES } from './catalog/pages'
import { PURCHASING_PAGES, PURCHASING_ROUTES } from './purchasing/pages'
import { STOCK_PAGES, STOCK_ROUTES } from './stock/stockPages'

const AuditPage = lazyPage(() => import('./audit/AuditPage'), 'AuditPage')
const SettingsPage = lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage')
const UsersPage = lazyPage(() => import('./users/UsersPage'), 'UsersPage')

startElifApp({
  name: 'ELIF · Admin',
  color: 'grape',
  allowedRoles: ['ADMIN', 'MANAGER', 'WAREHOUSE'],
  accessRefusedMessage: 'The administration is for administrators, managers and storekeepers.',
  pages: [
    CATALOG_PRODUCTS_PAGE,
    ...CATALOG_PAGES,
    ...STOCK_PAGES,
    ...PURCHASING_PAGES,
    { key: 'users', label: 'Users', path: 'users', element: <UsersPage />, roles: ['ADMIN'] },
    { key: 'audit', label: 'Audit trail', path: 'audit', element: <AuditPage />, roles: ['ADMIN'] },
    { key: 'settings', label: 'Settings', path: 'settings', element: <SettingsPage />, roles: ['ADMIN'] },
  ],
  routes: [...CATALOG_ROUTES, ...STOCK_ROUTES, ...PURCHASING_ROUTES],
})
