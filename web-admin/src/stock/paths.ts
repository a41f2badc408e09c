// Routes of the stock screens, relative to the app's base (/admin/).

export const STOCK_PATH = 'stock'
export const PRODUCT_STOCK_PATH = 'stock/products/:productId'
export const STOCKTAKE_PATH = 'stocktakes/:stocktakeId'

export const productStockHref = (productId: string) => `/stock/products/${encodeURIComponent(productId)}`
export const stocktakeHref = (stocktakeId: string) => `/stocktakes/${encodeURIComponent(stocktakeId)}`
