// The checkout's arithmetic, as pure logic: what the payments typed so far settle of what a sale asks, the change
// given for cash and what stays owed. Money is counted in hundredths as BigInt (amounts travel as exact decimal
// strings, "150000.00"), never through a float. The server decides in the end (decision 63); this only shows the
// clerk, as they type, what it will answer.

export type PaymentMethod = 'CASH' | 'CARD' | 'MOBILE_MONEY' | 'BANK_TRANSFER'

export const METHODS: { value: PaymentMethod; label: string; key: string }[] = [
  { value: 'CASH', label: 'Cash', key: '1' },
  { value: 'CARD', label: 'Card', key: '2' },
  { value: 'MOBILE_MONEY', label: 'Mobile money', key: '3' },
  { value: 'BANK_TRANSFER', label: 'Bank transfer', key: '4' },
]

/** A payment as the clerk types it: the amount as text (cash: what was handed over), the reference as text. */
export interface PaymentEntry {
  method: PaymentMethod
  amount: string
  reference: string
}

const AMOUNT = /^\s*(\d{1,13})(?:[.,](\d{0,2}))?\s*$/

/** An amount typed ("150000", "150 000", "1500.5") in hundredths, or null when it is no positive amount of money. */
export function toCents(text: string): bigint | null {
  const match = AMOUNT.exec(text.replace(/[\s\u00a0\u202f]/g, ''))
  if (!match) return null
  const cents = BigInt(match[1]! + (match[2] ?? '').padEnd(2, '0'))
  return cents > 0n ? cents : null
}

/** Hundredths as the API writes money: "52200.00". */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n
  const text = (negative ? -cents : cents).toString().padStart(3, '0')
  return `${negative ? '-' : ''}${text.slice(0, -2)}.${text.slice(-2)}`
}

/** An amount from the server ("202200.00") in hundredths. */
export const centsOf = (amount: string | undefined): bigint => (amount ? (toCents(amount) ?? 0n) : 0n)

export interface Settlement {
  /** What the payments settle of the sale (cash beyond what was still owed is not paid but given back). */
  paid: bigint
  /** Cash handed over beyond what was still owed. */
  change: bigint
  /** What stays owed after the payments. */
  remaining: bigint
  /** Per entry: null when it may go, else why not (the server would refuse it the same way). */
  problems: (string | null)[]
}

/**
 * What the entries settle of `payable`, taken in order as the server takes them: each up to what is still owed; cash
 * above it is change, a card, mobile money or bank transfer above it is refused; mobile money needs its reference.
 */
export function settle(payable: bigint, entries: readonly PaymentEntry[]): Settlement {
  let owed = payable
  let paid = 0n
  let change = 0n
  const problems = entries.map((entry) => {
    const amount = toCents(entry.amount)
    if (amount === null) return 'Not an amount of money'
    if (entry.method === 'MOBILE_MONEY' && entry.reference.trim() === '') return 'Mobile money needs the reference'
    if (amount > owed) {
      if (entry.method !== 'CASH') return `More than the ${fromCents(owed)} still owed`
      change += amount - owed
      paid += owed
      owed = 0n
      return null
    }
    paid += amount
    owed -= amount
    return null
  })
  return { paid, change, remaining: owed, problems }
}

/** The payments as the API takes them: amounts as decimal strings, a reference only where one was typed. */
export function paymentsBody(entries: readonly PaymentEntry[]) {
  return entries.map((entry) => {
    const reference = entry.method === 'CASH' ? '' : entry.reference.trim()
    return {
      method: entry.method,
      amount: fromCents(toCents(entry.amount) ?? 0n),
      ...(reference ? { reference } : {}),
    }
  })
}

/** The figures of a 409 credit-limit problem, as decimal strings. */
export interface CreditLimitFigures {
  creditLimit: string
  openBalance: string
  unpaid: string
  excess: string
}

export function creditLimitFigures(problem: Record<string, unknown>): CreditLimitFigures | null {
  const { creditLimit, openBalance, unpaid, excess } = problem
  return typeof creditLimit === 'string' &&
    typeof openBalance === 'string' &&
    typeof unpaid === 'string' &&
    typeof excess === 'string'
    ? { creditLimit, openBalance, unpaid, excess }
    : null
}
