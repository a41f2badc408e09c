import { describe, expect, it } from 'vitest'
import { formatDateTime, formatMoney, formatQuantity, formatSignedQuantity } from './format'

const parts = new Intl.NumberFormat().formatToParts(1234.5)
const group = parts.find((part) => part.type === 'group')?.value ?? ','
const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.'

describe('formatMoney', () => {
  it('groups the whole part and keeps two decimals', () => {
    expect(formatMoney('1500.00')).toBe(`1${group}500${decimal}00`)
  })

  it('fills the fraction up to two decimals', () => {
    expect(formatMoney('171000')).toBe(`171${group}000${decimal}00`)
    expect(formatMoney('2.5')).toBe(`2${decimal}50`)
  })

  it('keeps more decimals as written', () => {
    expect(formatMoney('0.125')).toBe(`0${decimal}125`)
  })

  it('keeps the sign', () => {
    expect(formatMoney('-42.10')).toBe(`-42${decimal}10`)
  })

  it('never goes through a float: amounts beyond 2^53 stay exact', () => {
    expect(formatMoney('9007199254740993.01')).toBe(
      ['9', '007', '199', '254', '740', '993'].join(group) + `${decimal}01`,
    )
  })

  it('shows what is not a decimal as it is', () => {
    expect(formatMoney('n/a')).toBe('n/a')
    expect(formatMoney('1e3')).toBe('1e3')
  })
})

describe('quantities', () => {
  it('are whole numbers, grouped', () => {
    expect(formatQuantity(1200)).toBe(`1${group}200`)
  })

  it('show their sign when they are a change', () => {
    expect(formatSignedQuantity(5)).toBe('+5')
    expect(formatSignedQuantity(-2)).toBe('-2')
    expect(formatSignedQuantity(0)).toBe('0')
  })
})

describe('formatDateTime', () => {
  it('shows a dash for no instant and an unreadable one as written', () => {
    expect(formatDateTime(null)).toBe('—')
    expect(formatDateTime(undefined)).toBe('—')
    expect(formatDateTime('soon')).toBe('soon')
  })

  it('formats an instant', () => {
    expect(formatDateTime('2026-11-21T06:00:00Z')).toMatch(/2026/)
  })
})
