import type { IntegerInput } from '../api'

/** A whole number as typed: "" is none, digits are a number, anything else goes as typed for the server to refuse. */
export function integerInput(text: string): IntegerInput {
  const trimmed = text.trim()
  if (trimmed === '') return null
  return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed
}

/** Optional text: blank is null. */
export function optionalText(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

export const integerText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value)

/** Today in the user's time zone, as the API's dates are written: "2026-11-21". */
export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
