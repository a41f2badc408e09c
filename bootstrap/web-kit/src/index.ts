// Public API of @elif/web-kit: what the ELIF SPAs (web-orders, web-sales, web-admin) share.

// The app shell: an app's entry point is one startElifApp({ name, color, routes? }) call.
export { startElifApp, type ElifAppConfig } from './app/startElifApp'

// Pages an app can place in its routes.
export { ProductsPage } from './products/ProductsPage'

// The API client and its errors (RFC 9457 problem details).
export {
  api,
  describeError,
  httpStatus,
  ProblemError,
  type FieldProblem,
  type ProblemDetail,
} from './api/http'
export { expectedTenantId, useTenant, type Tenant } from './api/tenant'
export {
  BASE_UNIT_LABELS,
  BASE_UNITS,
  productKeys,
  useCreateProduct,
  useProducts,
  type BaseUnit,
  type NewProduct,
  type Page,
  type Product,
  type ProductSearch,
} from './api/catalog'
export { MAX_STOCK_IDS, useStockLevels, type StockLevel } from './api/inventory'

export { formatMoney, formatQuantity } from './format'
