import { PRODUCTS_PAGE, startElifApp, STOCK_PAGE } from '@elif/web-kit'
import { ReceiptPage } from './receipt/ReceiptPage'
import { StockLookupPage } from './stock/StockLookupPage'

startElifApp({
  name: 'ELIF · Order desk',
  color: 'blue',
  pages: [
    PRODUCTS_PAGE,
    { key: 'stock-lookup', label: 'Stock lookup', path: 'stock-lookup', element: <StockLookupPage /> },
    { ...STOCK_PAGE, roles: ['ADMIN', 'MANAGER', 'WAREHOUSE'] },
  ],
  // a sale's receipt, reached from a sale (`receipt/<id>?print=1` prints it at once), not from the navigation
  routes: [{ path: 'receipt/:id', element: <ReceiptPage /> }],
})
