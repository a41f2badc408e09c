import { PRODUCTS_PAGE, startElifApp, STOCK_PAGE } from '@elif/web-kit'

startElifApp({
  name: 'ELIF · Order desk',
  color: 'blue',
  pages: [PRODUCTS_PAGE, { ...STOCK_PAGE, roles: ['ADMIN', 'MANAGER', 'WAREHOUSE'] }],
})
