const integerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const decimalSeparator =
  new Intl.NumberFormat().formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

/**
 * Formats an exact decimal amount such as "1500.00" for display ("1,500.00") without going
 * through a float: the integer part is grouped as a BigInt, the fraction is kept as written and
 * filled up to the two decimals of money ("171000" shows as "171,000.00").
 */
export function formatMoney(amount: string): string {
  const match = DECIMAL.exec(amount.trim())
  if (!match) return amount
  const [, sign = '', whole = '0', fraction = ''] = match
  return `${sign}${integerFormat.format(BigInt(whole))}${decimalSeparator}${fraction.padEnd(2, '0')}`
}

export function formatQuantity(quantity: number): string {
  return integerFormat.format(quantity)
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** An ISO instant such as "2026-11-21T06:00:00Z" in the user's time zone; "—" for none. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '—'
  const date = new Date(instant)
  return Number.isNaN(date.getTime()) ? instant : dateTimeFormat.format(date)
}

const signedIntegerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0, signDisplay: 'exceptZero' })

/** A stock change with its sign: "+5", "-2", "0". */
export function formatSignedQuantity(quantity: number): string {
  return signedIntegerFormat.format(quantity)
}
