import { startElifApp, STOCK_PAGE } from '@elif/web-kit'
import { AuditPage } from './audit/AuditPage'
import { ProductsAdminPage } from './products/ProductsAdminPage'
import { SettingsPage } from './settings/SettingsPage'
import { UsersPage } from './users/UsersPage'

startElifApp({
  name: 'ELIF · Admin',
  color: 'grape',
  allowedRoles: ['ADMIN', 'MANAGER'],
  accessRefusedMessage: 'The administration is for administrators and managers.',
  pages: [
    { key: 'products', label: 'Products', path: '', element: <ProductsAdminPage /> },
    { ...STOCK_PAGE, roles: ['ADMIN', 'MANAGER'] },
    { key: 'users', label: 'Users', path: 'users', element: <UsersPage />, roles: ['ADMIN'] },
    { key: 'audit', label: 'Audit trail', path: 'audit', element: <AuditPage />, roles: ['ADMIN'] },
    { key: 'settings', label: 'Settings', path: 'settings', element: <SettingsPage />, roles: ['ADMIN'] },
  ],
})
