import { describe, expect, it } from 'vitest'
import { countedTotal, difference, fromCents, toCents } from './money'

describe('till money', () => {
  it('reads and writes exact decimal strings', () => {
    expect(toCents('59400.00')).toBe(5940000n)
    expect(toCents('0.5')).toBe(50n)
    expect(toCents('-100')).toBe(-10000n)
    expect(toCents('1.001')).toBeNull()
    expect(toCents('abc')).toBeNull()
    expect(fromCents(-10000n)).toBe('-100.00')
    expect(fromCents(5n)).toBe('0.05')
  })

  it('adds up a count by denominations and tells the difference', () => {
    const rows = [
      { value: '10000', count: '5' },
      { value: '5000', count: '1' },
      { value: '1000', count: '4' },
      { value: '200', count: '2' },
      { value: '100', count: '' },
    ]
    expect(countedTotal(rows)).toBe('59400.00')
    expect(difference('59400.00', '59500.00')).toBe('-100.00')
    expect(countedTotal([{ value: '10', count: '1.5' }])).toBeNull()
    expect(countedTotal([{ value: '0.10', count: '3' }])).toBe('0.30')
  })
})
