import { PRODUCTS_PAGE, startElifApp } from '@elif/web-kit'
import { CustomersPage } from './customers/CustomersPage'
import { TillsPage } from './tills/TillsPage'

startElifApp({
  name: 'ELIF · Sales',
  color: 'teal',
  allowedRoles: ['ADMIN', 'MANAGER', 'SALES'],
  accessRefusedMessage: 'Sales management is for clerks, managers and administrators.',
  pages: [
    { key: 'customers', label: 'Customers', path: '', element: <CustomersPage /> },
    { ...PRODUCTS_PAGE, path: 'products' },
    { key: 'tills', label: 'Tills', path: 'tills', element: <TillsPage />, roles: ['ADMIN', 'MANAGER'] },
  ],
})
