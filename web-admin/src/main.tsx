import { startElifApp, STOCK_PAGE } from '@elif/web-kit'
import { AuditPage } from './audit/AuditPage'
import { CATALOG_PAGES, CATALOG_PRODUCTS_PAGE, CATALOG_ROUTES } from './catalog/pages'
import { SettingsPage } from './settings/SettingsPage'
import { UsersPage } from './users/UsersPage'

startElifApp({
  name: 'ELIF · Admin',
  color: 'grape',
  allowedRoles: ['ADMIN', 'MANAGER'],
  accessRefusedMessage: 'The administration is for administrators and managers.',
  pages: [
    CATALOG_PRODUCTS_PAGE,
    ...CATALOG_PAGES,
    { ...STOCK_PAGE, roles: ['ADMIN', 'MANAGER'] },
    { key: 'users', label: 'Users', path: 'users', element: <UsersPage />, roles: ['ADMIN'] },
    { key: 'audit', label: 'Audit trail', path: 'audit', element: <AuditPage />, roles: ['ADMIN'] },
    { key: 'settings', label: 'Settings', path: 'settings', element: <SettingsPage />, roles: ['ADMIN'] },
  ],
  routes: CATALOG_ROUTES,
})
