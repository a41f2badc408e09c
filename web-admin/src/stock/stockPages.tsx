import type { ElifPage } from '@elif/web-kit'
import type { RouteObject } from 'react-router'
import { BreakBulkPage } from './BreakBulkPage'
import { ConsistencyPage } from './ConsistencyPage'
import { EmptiesPage } from './EmptiesPage'
import { LowStockPage } from './LowStockPage'
import { NearExpiryPage } from './NearExpiryPage'
import { PRODUCT_STOCK_PATH, STOCK_PATH, STOCKTAKE_PATH } from './paths'
import { ProductStockPage } from './ProductStockPage'
import { ReceiptPage } from './ReceiptPage'
import { StockOverviewPage } from './StockOverviewPage'
import { StocktakePage } from './StocktakePage'
import { StocktakesPage } from './StocktakesPage'
import { StockValuePage } from './StockValuePage'
import { TransfersPage } from './TransfersPage'
import { WarehousesPage } from './WarehousesPage'

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
