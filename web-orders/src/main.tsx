import { lazyPage, PRODUCTS_PAGE, startElifApp, STOCK_PAGE } from '@elif/web-kit'

const CounterPage = lazyPage(() => import('./counter/CounterPage'), 'CounterPage')
const OrdersPage = lazyPage(() => import('./orders/OrdersPage'), 'OrdersPage')
const ReceiptPage = lazyPage(() => import('./receipt/ReceiptPage'), 'ReceiptPage')
const StockLookupPage = lazyPage(() => import('./stock/StockLookupPage'), 'StockLookupPage')
const TillPage = lazyPage(() => import('./till/TillPage'), 'TillPage')

const SELLERS = ['ADMIN', 'MANAGER', 'SALES'] as const

startElifApp({
  name: 'ELIF · Order desk',
  color: 'blue',
  pages: [
    { key: 'counter', label: 'Counter', path: '', element: <CounterPage />, roles: SELLERS },
    { key: 'orders', label: 'Orders', path: 'orders', element: <OrdersPage />, roles: SELLERS },
    { ...PRODUCTS_PAGE, path: 'products' },
    { key: 'stock-lookup', label: 'Stock lookup', path: 'stock-lookup', element: <StockLookupPage /> },
    { ...STOCK_PAGE, roles: ['ADMIN', 'MANAGER', 'WAREHOUSE'] },
    { key: 'till', label: 'Till', path: 'till', element: <TillPage />, roles: ['ADMIN', 'MANAGER', 'SALES'] },
  ],
  // a sale's receipt, reached from a sale (`receipt/<id>?print=1` prints it at once), not from the navigation
  routes: [{ path: 'receipt/:id', element: <ReceiptPage /> }],
})
