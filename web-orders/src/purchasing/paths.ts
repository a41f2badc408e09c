// Routes of the purchasing screens, relative to the order desk's base (/orders/).

export const PURCHASE_ORDERS_PATH = 'purchase-orders'
export const NEW_PURCHASE_ORDER_PATH = 'purchase-orders/new'
export const PURCHASE_ORDER_PATH = 'purchase-orders/:orderId'
export const RECEIVING_PATH = 'receiving'
export const RECEIVE_ORDER_PATH = 'receiving/:orderId'

export const purchaseOrderHref = (orderId: string) => `/purchase-orders/${encodeURIComponent(orderId)}`
export const receiveOrderHref = (orderId: string) => `/receiving/${encodeURIComponent(orderId)}`
