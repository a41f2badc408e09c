/** Whether an exact decimal amount such as "0.00" is zero, without going through a float. */
export function isZero(amount: string | null | undefined): boolean {
  return !amount || /^-?0*(\.0*)?$/.test(amount.trim())
}
