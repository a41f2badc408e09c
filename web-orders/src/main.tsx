import { lazyPage, PRODUCTS_PAGE, startElifApp, STOCK_PAGE } from '@elif/web-kit'
import {
  NEW_PURCHASE_ORDER_PATH,
  PURCHASE_ORDER_PATH,
  PURCHASE_ORDERS_PATH,
  RECEIVE_ORDER_PATH,
  RECEIVING_PATH,
} from './purchasing/paths'

const CounterPage = lazyPage(() => import('./counter/CounterPage'), 'CounterPage')
const OrdersPage = lazyPage(() => import('./orders/OrdersPage'), 'OrdersPage')
const ReceiptPage = lazyPage(() => import('./receipt/ReceiptPage'), 'ReceiptPage')
const StockLookupPage = lazyPage(() => import('./stock/StockLookupPage'), 'StockLookupPage')
const TillPage = lazyPage(() => import('./till/TillPage'), 'TillPage')
const PurchaseOrdersPage = lazyPage(() => import('./purchasing/PurchaseOrdersPage'), 'PurchaseOrdersPage')
const PurchaseOrderPage = lazyPage(() => import('./purchasing/PurchaseOrderPage'), 'PurchaseOrderPage')
const NewPurchaseOrderPage = lazyPage(() => import('./purchasing/NewPurchaseOrderPage'), 'NewPurchaseOrderPage')
const ReorderPage = lazyPage(() => import('./purchasing/ReorderPage'), 'ReorderPage')
const ReceivingPage = lazyPage(() => import('./purchasing/ReceivingPage'), 'ReceivingPage')
const EmptiesReturnsPage = lazyPage(() => import('./purchasing/EmptiesReturnsPage'), 'EmptiesReturnsPage')
const ReceiveOrderPage = lazyPage(() => import('./purchasing/ReceiveOrderPage'), 'ReceiveOrderPage')

const SELLERS = ['ADMIN', 'MANAGER', 'SALES'] as const
const BUYERS = ['ADMIN', 'MANAGER'] as const
const RECEIVERS = ['ADMIN', 'MANAGER', 'WAREHOUSE'] as const

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
    {
      key: 'purchase-orders',
      label: 'Purchase orders',
      path: PURCHASE_ORDERS_PATH,
      element: <PurchaseOrdersPage />,
      roles: BUYERS,
    },
    { key: 'receiving', label: 'Receiving', path: RECEIVING_PATH, element: <ReceivingPage />, roles: RECEIVERS },
    {
      key: 'empties-returns',
      label: 'Empties to suppliers',
      path: 'empties-returns',
      element: <EmptiesReturnsPage />,
      roles: RECEIVERS,
    },
  ],
  // a sale's receipt, reached from a sale (`receipt/<id>?print=1` prints it at once), not from the navigation
  // purchasing's pages reached from its lists: the roles are the server's (a storekeeper reads orders, never writes)
  routes: [
    { path: 'receipt/:id', element: <ReceiptPage /> },
    { path: NEW_PURCHASE_ORDER_PATH, element: <NewPurchaseOrderPage /> },
    { path: PURCHASE_ORDER_PATH, element: <PurchaseOrderPage /> },
    { path: 'reorder', element: <ReorderPage /> },
    { path: RECEIVE_ORDER_PATH, element: <ReceiveOrderPage /> },
  ],
})
