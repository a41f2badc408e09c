import { formatMoney } from '@elif/web-kit'
import { useCatalogSettings } from '../api'

/** Formats exact amounts with the tenant's currency ("2,500.00 MGA"); "—" for none. */
export function useMoney() {
  const currency = useCatalogSettings().data?.currency
  return (amount: string | null | undefined) => {
    if (amount === null || amount === undefined || amount === '') return '—'
    return currency ? `${formatMoney(amount)} ${currency}` : formatMoney(amount)
  }
}
