import { PRODUCTS_PAGE, startElifApp, STOCK_PAGE } from '@elif/web-kit'
import { StockLookupPage } from './stock/StockLookupPage'
import { TillPage } from './till/TillPage'

startElifApp({
  name: 'ELIF · Order desk',
  color: 'blue',
  pages: [
    PRODUCTS_PAGE,
    { key: 'stock-lookup', label: 'Stock lookup', path: 'stock-lookup', element: <StockLookupPage /> },
    { ...STOCK_PAGE, roles: ['ADMIN', 'MANAGER', 'WAREHOUSE'] },
    { key: 'till', label: 'Till', path: 'till', element: <TillPage />, roles: ['ADMIN', 'MANAGER', 'SALES'] },
  ],
})
