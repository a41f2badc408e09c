// Public API of @elif/web-kit: what the ELIF SPAs (web-orders, web-sales, web-admin) share.

// The app shell: an app's entry point is one startElifApp({ name, color, pages?, allowedRoles? }) call.
// It shows the login page until someone is signed in, then the app's pages with a navigation by role.
export { startElifApp, type ElifAppConfig } from './app/startElifApp'
export { PRODUCTS_PAGE, PROFILE_PAGE, STOCK_PAGE, type ElifPage } from './app/pages'
export { lazyPage } from './app/lazyPage'

// Parts of the kit's pages an app can place in its own (the pages themselves come as PRODUCTS_PAGE, STOCK_PAGE
// and PROFILE_PAGE, each loaded with its own chunk).
export { StockPanel } from './stock/StockPanel'
export { BalanceTable } from './stock/BalanceTable'
export { LocationSelect } from './stock/LocationSelect'

// A list's filters and page kept in the URL's search parameters, and a search box over one of them.
export { useSearchBox, useUrlFilters } from './list/urlFilters'
export { ListFooter } from './list/ListFooter'

// Forms: a failed request's problems under the inputs they concern (the rest above the button), and that message
// or what was done, above the button. See form/problemFields.ts.
export { useProblemFields, type ProblemFields, type ProblemFieldsOptions } from './form/problemFields'
export { FormFeedback } from './form/FormFeedback'

// A query's loader, error, empty text or content.
export { QueryContent } from './layout/QueryContent'

// The API client and its errors (RFC 9457 problem details). Sends the CSRF header on mutating requests.
export {
  api,
  describeError,
  httpStatus,
  problemType,
  ProblemError,
  refreshCsrfToken,
  retryAfterSeconds,
  type FieldProblem,
  type ProblemDetail,
} from './api/http'
export { expectedTenantId, useTenant, type Tenant } from './api/tenant'
// A file the API streams (a report's CSV, XLSX or PDF), saved by the browser with its progress shown.
export { downloadFile, fileNameOf, formatBytes, useDownload, type DownloadProgress } from './download/download'
// The API's types, generated from docs/openapi.json (npm run api:types), and how to read them.
export { enumMembers, type Received, type RequestOf, type ResponseOf, type With } from './api/types'
export {
  BASE_UNIT_LABELS,
  BASE_UNITS,
  PRICE_LEVEL_LABELS,
  PRICE_LEVELS,
  productKeys,
  useProducts,
  type BaseUnit,
  type Category,
  useCategories,
  type Page,
  type PriceLevel,
  type Product,
  type ProductSearch,
  pageCount,
  type ResultPage,
} from './api/catalog'
export {
  ADJUSTMENT_REASON_LABELS,
  ADJUSTMENT_REASONS,
  MAX_STOCK_IDS,
  MOVEMENT_KIND_LABELS,
  MOVEMENTS_LIMIT,
  stockKeys,
  useAdjustStock,
  useMovements,
  useProductStocks,
  useStockLevel,
  useStockLevels,
  type AdjustmentReason,
  type MovementKind,
  type ProductStock,
  type StockAdjustment,
  type StockBalance,
  type StockLevel,
  type StockMovement,
  type WarehouseStock,
} from './api/inventory'
// Stock work and stock lists (warehouses, receipts, transfers, stocktakes, break-bulk, overview, value),
// and what the stock screens read from the catalogue (barcodes, packs, categories).
export * from './api/warehouses'
export * from './api/barcodes'

// Who is signed in.
export { hasAnyRole, ROLES, type Credentials, type Me, type Role } from './api/auth'
export { refreshSession, useLogin, useLogout, useMe, useSession, type SessionState } from './auth/session'

// The signed-in user's own account (the profile page).
export {
  profileKeys,
  useApiTokens,
  useChangeOwnPassword,
  useConfirmTotp,
  useCreateApiToken,
  useDisableTotp,
  useRevokeApiToken,
  useStartTotpSetup,
  type ApiToken,
  type CreatedApiToken,
  type PasswordChange,
  type TotpSetup,
} from './api/profile'

export { formatDateTime, formatMoney, formatQuantity, formatSignedQuantity } from './format'

// A sale's till receipt (80 mm and 58 mm thermal printers): the component, its data and its text helpers.
export { Receipt } from './receipt/Receipt'
export { SlipRow, ThermalPaper, type ReceiptWidth } from './receipt/ThermalPaper'
export { PrintableZReport, ZReportSlip } from './receipt/ZReportSlip'
export { useZReport, zReportKeys, type ZReport } from './receipt/zReport'
export { saleReceiptKeys, useSaleReceipt } from './receipt/api'
export {
  depositLabel,
  depositSplit,
  formatAmount,
  isZeroAmount,
  lineDetail,
  lineLabel,
  methodLabel,
  receiptTitle,
  settlementOf,
  sumAmounts,
  type ReceiptDeposit,
  type ReceiptLine,
  type ReceiptPayment,
  type ReceiptSale,
  type ReceiptSettlement,
  type SaleReceipt,
} from './receipt/receiptFormat'
