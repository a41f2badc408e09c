import { describe, expect, it } from 'vitest'
import { isZero } from './money'

describe('isZero', () => {
  it('reads exact decimals without a float', () => {
    expect(isZero('0.00')).toBe(true)
    expect(isZero('0')).toBe(true)
    expect(isZero(null)).toBe(true)
    expect(isZero('0.01')).toBe(false)
    expect(isZero('52200.00')).toBe(false)
    expect(isZero('-0.00')).toBe(true)
  })
})
