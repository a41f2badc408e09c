/** The route of one supplier's page (what it sells), relative to the app. */
export const SUPPLIER_PATH = 'suppliers/:supplierId'

export const supplierPath = (supplierId: string) => `/suppliers/${supplierId}`
