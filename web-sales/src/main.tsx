import { lazyPage, PRODUCTS_PAGE, startElifApp } from '@elif/web-kit'

const ContainersReportPage = lazyPage(() => import('./reports/ContainersReportPage'), 'ContainersReportPage')
const CustomerAccountPage = lazyPage(() => import('./customers/CustomerAccountPage'), 'CustomerAccountPage')
const CustomersPage = lazyPage(() => import('./customers/CustomersPage'), 'CustomersPage')
const DashboardPage = lazyPage(() => import('./reports/DashboardPage'), 'DashboardPage')
const MyDayPage = lazyPage(() => import('./reports/MyDayPage'), 'MyDayPage')
const OwedReportPage = lazyPage(() => import('./reports/OwedReportPage'), 'OwedReportPage')
const PaymentsReportPage = lazyPage(() => import('./reports/PaymentsReportPage'), 'PaymentsReportPage')
const SalePage = lazyPage(() => import('./sales/SalePage'), 'SalePage')
const SalesPage = lazyPage(() => import('./sales/SalesPage'), 'SalesPage')
const SalesReportPage = lazyPage(() => import('./reports/SalesReportPage'), 'SalesReportPage')
const TillsPage = lazyPage(() => import('./tills/TillsPage'), 'TillsPage')

startElifApp({
  name: 'ELIF · Sales',
  color: 'teal',
  allowedRoles: ['ADMIN', 'MANAGER', 'SALES'],
  accessRefusedMessage: 'Sales management is for clerks, managers and administrators.',
  pages: [
    { key: 'customers', label: 'Customers', path: '', element: <CustomersPage /> },
    { key: 'history', label: 'Sales', path: 'history', element: <SalesPage /> },
    { ...PRODUCTS_PAGE, path: 'products' },
    {
      key: 'dashboard',
      label: 'Dashboard',
      path: 'dashboard',
      element: <DashboardPage />,
      roles: ['ADMIN', 'MANAGER'],
    },
    {
      key: 'sales-report',
      label: 'Sales report',
      path: 'reports/sales',
      element: <SalesReportPage />,
      roles: ['ADMIN', 'MANAGER'],
    },
    {
      key: 'payments-report',
      label: 'Payments',
      path: 'reports/payments',
      element: <PaymentsReportPage />,
      roles: ['ADMIN', 'MANAGER'],
    },
    {
      key: 'owed-report',
      label: 'Owed',
      path: 'reports/owed',
      element: <OwedReportPage />,
      roles: ['ADMIN', 'MANAGER'],
    },
    {
      key: 'containers-report',
      label: 'Containers',
      path: 'reports/containers',
      element: <ContainersReportPage />,
      roles: ['ADMIN', 'MANAGER'],
    },
    { key: 'my-day', label: 'My day', path: 'my-day', element: <MyDayPage /> },
    { key: 'tills', label: 'Tills', path: 'tills', element: <TillsPage />, roles: ['ADMIN', 'MANAGER'] },
  ],
  // a sale and a customer's account, reached from the lists, not from the navigation
  routes: [
    { path: 'history/:id', element: <SalePage /> },
    { path: 'customers/:id', element: <CustomerAccountPage /> },
  ],
})
