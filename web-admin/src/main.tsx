import { startElifApp } from '@elif/web-kit'
import { AuditPage } from './audit/AuditPage'
import { ProductsAdminPage } from './products/ProductsAdminPage'
import { SettingsPage } from './settings/SettingsPage'
import { STOCK_PAGES, STOCK_ROUTES } from './stock/stockPages'
import { UsersPage } from './users/UsersPage'

startElifApp({
  name: 'ELIF · Admin',
  color: 'grape',
  allowedRoles: ['ADMIN', 'MANAGER', 'WAREHOUSE'],
  accessRefusedMessage: 'The administration is for administrators, managers and storekeepers.',
  pages: [
    { key: 'products', label: 'Products', path: '', element: <ProductsAdminPage />, roles: ['ADMIN', 'MANAGER'] },
    ...STOCK_PAGES,
    { key: 'users', label: 'Users', path: 'users', element: <UsersPage />, roles: ['ADMIN'] },
    { key: 'audit', label: 'Audit trail', path: 'audit', element: <AuditPage />, roles: ['ADMIN'] },
    { key: 'settings', label: 'Settings', path: 'settings', element: <SettingsPage />, roles: ['ADMIN'] },
  ],
  routes: STOCK_ROUTES,
})
