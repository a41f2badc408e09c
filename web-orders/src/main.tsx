import { PRODUCTS_PAGE, startElifApp, STOCK_PAGE } from '@elif/web-kit'
import { CounterPage } from './counter/CounterPage'
import { OrdersPage } from './orders/OrdersPage'
import { ReceiptPage } from './receipt/ReceiptPage'
import { StockLookupPage } from './stock/StockLookupPage'
import { TillPage } from './till/TillPage'

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
