// What a till receipt prints, as text: money in the tenant's money unit, a line per pack, the deposit lines, and the
// payments when the sale has them. Pure functions, unit-tested (receiptFormat.test.ts); Receipt.tsx lays them out.
import type { Received, ResponseOf } from '../api/types'

/** What GET /api/sales/sales/{id}/receipt answers: the sale, its customer, the letterhead and the money unit. */
export type SaleReceipt = Received<ResponseOf<'/api/sales/sales/{id}/receipt', 'get'>>
export type ReceiptSale = SaleReceipt['sale']
export type ReceiptLine = ReceiptSale['lines'][number]
export type ReceiptDeposit = ReceiptSale['deposits'][number]

/** A payment as a sale response gives it once payments exist (every field but method and amount may be null). */
export interface ReceiptPayment {
  method: string
  amount: string
  tendered?: string | null
  change?: string | null
  reference?: string | null
}

/** What was paid, given back and is still owed; absent while the sale response has no payments. */
export interface ReceiptSettlement {
  payments: ReceiptPayment[]
  paid?: string
  owed?: string
  dueDate?: string
  change?: string
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/
const groupFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

/**
 * An exact decimal amount ("202200.00") shown with the money unit's decimals: "202,200" for whole ariary (scale 0),
 * "1,234.50" for cents. Never through a float: digits past the scale are rounded half up, as the server rounds.
 */
export function formatAmount(amount: string, scale: number): string {
  const match = DECIMAL.exec(amount.trim())
  if (!match) return amount
  const [, sign = '', whole = '0', fraction = ''] = match
  const digits = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale))
  const rest = fraction.slice(scale)
  const rounded = rest !== '' && Number(rest[0]) >= 5 ? digits + 1n : digits
  const text = rounded.toString().padStart(scale + 1, '0')
  const grouped = groupFormat.format(BigInt(text.slice(0, text.length - scale)))
  const shown = scale > 0 ? `${grouped}.${text.slice(text.length - scale)}` : grouped
  return rounded === 0n ? shown : `${sign}${shown}`
}

/** Whether a decimal amount is zero ("0.00", "0"); text that is no amount is not. */
export function isZeroAmount(amount: string): boolean {
  return DECIMAL.test(amount.trim()) && /^-?[0.]+$/.test(amount.trim())
}

/** "3 × Beer 65 cl": how many packs (or units) of what. */
export function lineLabel(line: Pick<ReceiptLine, 'quantity' | 'name'>): string {
  return `${line.quantity} × ${line.name}`
}

/** "pack of 24 @ 60,000" or "@ 2,000" for single units. */
export function lineDetail(line: Pick<ReceiptLine, 'packId' | 'unitsPerPack' | 'unitPrice'>, scale: number): string {
  const price = `@ ${formatAmount(line.unitPrice, scale)}`
  return line.packId ? `pack of ${line.unitsPerPack} ${price}` : price
}

/** "3 Crate of 24": a deposit line's containers; its split comes from {@link depositSplit}. */
export function depositLabel(deposit: Pick<ReceiptDeposit, 'quantity' | 'name'>): string {
  return `${deposit.quantity} ${deposit.name}`
}

/** "1 paid × 3,000 · 2 exchanged · 0 due": what the customer does with the containers of one type. */
export function depositSplit(
  deposit: Pick<ReceiptDeposit, 'consigned' | 'exchanged' | 'due' | 'unitDeposit'>,
  scale: number,
): string {
  const parts = [`${deposit.consigned} paid × ${formatAmount(deposit.unitDeposit, scale)}`]
  if (deposit.exchanged > 0) parts.push(`${deposit.exchanged} exchanged`)
  if (deposit.due > 0) parts.push(`${deposit.due} due`)
  return parts.join(' · ')
}

const isText = (value: unknown): value is string => typeof value === 'string'

/**
 * The payments, change and what is still owed, when the sale response has them (`payments`, `paid`, `owed`,
 * `dueDate`); undefined for a sale response without payments. Change is the payments' change added up.
 */
export function settlementOf(sale: object): ReceiptSettlement | undefined {
  const fields = sale as { payments?: unknown; paid?: unknown; owed?: unknown; dueDate?: unknown }
  if (!Array.isArray(fields.payments)) return undefined
  const payments = (fields.payments as ReceiptPayment[]).filter((payment) => isText(payment?.amount))
  const changes = payments.map((payment) => payment.change).filter(isText)
  return {
    payments,
    paid: isText(fields.paid) ? fields.paid : undefined,
    owed: isText(fields.owed) ? fields.owed : undefined,
    dueDate: isText(fields.dueDate) ? fields.dueDate : undefined,
    change: changes.length > 0 ? sumAmounts(changes) : undefined,
  }
}

/** Exact sum of decimal amounts with at most two decimals, as a decimal string with two. */
export function sumAmounts(amounts: string[]): string {
  const cents = amounts.reduce((total, amount) => {
    const match = DECIMAL.exec(amount.trim())
    if (!match) return total
    const [, sign, whole = '0', fraction = ''] = match
    const value = BigInt(whole + fraction.padEnd(2, '0').slice(0, 2))
    return total + (sign ? -value : value)
  }, 0n)
  const negative = cents < 0n
  const text = (negative ? -cents : cents).toString().padStart(3, '0')
  return `${negative ? '-' : ''}${text.slice(0, -2)}.${text.slice(-2)}`
}

/** A payment method as a receipt names it: "MOBILE_MONEY" reads "Mobile money". */
export function methodLabel(method: string): string {
  const words = method.toLowerCase().replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The receipt's title by the sale's state: only a completed sale's is a receipt. */
export function receiptTitle(state: ReceiptSale['state']): string {
  switch (state) {
    case 'COMPLETED':
      return 'Receipt'
    case 'CONFIRMED':
      return 'Order confirmation (not a receipt)'
    case 'DRAFT':
      return 'Quotation (not a receipt)'
    case 'CANCELLED':
      return 'Cancelled sale (not a receipt)'
  }
}
