import { lazyPage, type ElifPage } from '@elif/web-kit'
import type { RouteObject } from 'react-router'
import { PRODUCT_STOCK_PATH, STOCK_PATH, STOCKTAKE_PATH } from './paths'

const BreakBulkPage = lazyPage(() => import('./BreakBulkPage'), 'BreakBulkPage')
const ConsistencyPage = lazyPage(() => import('./ConsistencyPage'), 'ConsistencyPage')
const EmptiesPage = lazyPage(() => import('./EmptiesPage'), 'EmptiesPage')
const LowStockPage = lazyPage(() => import('./LowStockPage'), 'LowStockPage')
const NearExpiryPage = lazyPage(() => import('./NearExpiryPage'), 'NearExpiryPage')
const ProductStockPage = lazyPage(() => import('./ProductStockPage'), 'ProductStockPage')
const ReceiptPage = lazyPage(() => import('./ReceiptPage'), 'ReceiptPage')
const StockOverviewPage = lazyPage(() => import('./StockOverviewPage'), 'StockOverviewPage')
const StocktakePage = lazyPage(() => import('./StocktakePage'), 'StocktakePage')
const StocktakesPage = lazyPage(() => import('./StocktakesPage'), 'StocktakesPage')
const StockValuePage = lazyPage(() => import('./StockValuePage'), 'StockValuePage')
const TransfersPage = lazyPage(() => import('./TransfersPage'), 'TransfersPage')
const WarehousesPage = lazyPage(() => import('./WarehousesPage'), 'WarehousesPage')

const STOCK_WORKERS = ['ADMIN', 'MANAGER', 'WAREHOUSE'] as const
const MANAGERS = ['ADMIN', 'MANAGER'] as const

/** The administration's stock pages, in navigation order; storekeepers see these and nothing else. */
export const STOCK_PAGES: ElifPage[] = [
  { key: 'stock', label: 'Stock', path: STOCK_PATH, element: <StockOverviewPage />, roles: STOCK_WORKERS },
  { key: 'receipts', label: 'Goods receipt', path: 'receipts', element: <ReceiptPage />, roles: STOCK_WORKERS },
  { key: 'transfers', label: 'Transfers', path: 'transfers', element: <TransfersPage />, roles: STOCK_WORKERS },
  { key: 'stocktakes', label: 'Stocktakes', path: 'stocktakes', element: <StocktakesPage />, roles: STOCK_WORKERS },
  { key: 'break-bulk', label: 'Break-bulk', path: 'break-bulk', element: <BreakBulkPage />, roles: STOCK_WORKERS },
  { key: 'low-stock', label: 'Low stock', path: 'low-stock', element: <LowStockPage />, roles: STOCK_WORKERS },
  { key: 'near-expiry', label: 'Near expiry', path: 'near-expiry', element: <NearExpiryPage />, roles: STOCK_WORKERS },
  { key: 'empties', label: 'Empties', path: 'empties', element: <EmptiesPage />, roles: STOCK_WORKERS },
  { key: 'stock-value', label: 'Stock value', path: 'stock-value', element: <StockValuePage />, roles: MANAGERS },
  { key: 'warehouses', label: 'Warehouses', path: 'warehouses', element: <WarehousesPage />, roles: MANAGERS },
  {
    key: 'stock-consistency',
    label: 'Books check',
    path: 'stock-consistency',
    element: <ConsistencyPage />,
    roles: MANAGERS,
  },
]

/** Stock pages reached from others (a product's stock, a count sheet), outside the navigation. */
export const STOCK_ROUTES: RouteObject[] = [
  { path: PRODUCT_STOCK_PATH, element: <ProductStockPage /> },
  { path: STOCKTAKE_PATH, element: <StocktakePage /> },
]
