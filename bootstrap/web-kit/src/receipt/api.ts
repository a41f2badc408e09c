// A sale's receipt as the server gives it (GET /api/sales/sales/{id}/receipt).
import { useQuery } from '@tanstack/react-query'
import { api } from '../api/http'
import type { SaleReceipt } from './receiptFormat'

export const saleReceiptKeys = {
  all: ['sales', 'receipts'] as const,
  one: (saleId: string) => [...saleReceiptKeys.all, saleId] as const,
}

export function useSaleReceipt(saleId: string) {
  return useQuery({
    queryKey: saleReceiptKeys.one(saleId),
    queryFn: ({ signal }) =>
      api.get(`api/sales/sales/${encodeURIComponent(saleId)}/receipt`, { signal }).json<SaleReceipt>(),
  })
}
