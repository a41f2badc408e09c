// Money on the till's screens stays exact: decimal strings ("59400.00") become whole cents as BigInt, never floats.

const DECIMAL = /^(-)?(\d+)(?:[.,](\d{1,2}))?$/

/** The amount typed or received, in cents; null when it is not an amount with at most 2 decimals. */
export function toCents(text: string): bigint | null {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const [, sign, whole = '0', fraction = ''] = match
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'))
  return sign ? -cents : cents
}

/** Cents as the API's decimal string: "-100.00". */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n
  const size = negative ? -cents : cents
  const fraction = (size % 100n).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${size / 100n}.${fraction}`
}

export interface CountRow {
  value: string
  count: string
}

/** What the rows counted add up to (rows with nothing typed count for nothing); null if one is not a number. */
export function countedTotal(rows: readonly CountRow[]): string | null {
  let total = 0n
  for (const row of rows) {
    if (row.count.trim() === '' || row.value.trim() === '') continue
    const value = toCents(row.value)
    if (value === null || !/^\d+$/.test(row.count.trim())) return null
    total += value * BigInt(row.count.trim())
  }
  return fromCents(total)
}

/** counted - expected, as the server computes it: over when positive, short when negative. */
export function difference(counted: string, expected: string): string | null {
  const a = toCents(counted)
  const b = toCents(expected)
  return a === null || b === null ? null : fromCents(a - b)
}

/** The notes and coins offered for a count by currency; other currencies start from an empty list. */
export const DENOMINATIONS: Readonly<Record<string, readonly string[]>> = {
  MGA: ['20000', '10000', '5000', '2000', '1000', '500', '200', '100', '50', '20', '10'],
  EUR: ['500', '200', '100', '50', '20', '10', '5', '2', '1', '0.50', '0.20', '0.10', '0.05', '0.02', '0.01'],
  XOF: ['10000', '5000', '2000', '1000', '500', '250', '200', '100', '50', '25', '10', '5'],
}

/** A whole number as typed, sent as a number when it is one, else as the text for the server to refuse by field. */
export function integerInput(text: string): number | string {
  const trimmed = text.trim()
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed
}
