import type { IntegerInput } from './api'

/** A whole number as typed: digits are a number, anything else goes as typed for the server to refuse. */
export function integerInput(text: string): IntegerInput {
  const trimmed = text.trim()
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed
}
