import { describe, expect, it } from 'vitest'
import {
  depositLabel,
  depositSplit,
  formatAmount,
  isZeroAmount,
  lineDetail,
  lineLabel,
  methodLabel,
  receiptTitle,
  settlementOf,
  sumAmounts,
} from './receiptFormat'

describe('formatAmount', () => {
  it('shows whole ariary without decimals and groups thousands', () => {
    expect(formatAmount('202200.00', 0)).toBe('202,200')
    expect(formatAmount('0.00', 0)).toBe('0')
  })

  it('keeps the decimals of a currency with cents', () => {
    expect(formatAmount('1234.5', 2)).toBe('1,234.50')
    expect(formatAmount('1234', 2)).toBe('1,234.00')
    expect(formatAmount('0.05', 2)).toBe('0.05')
  })

  it('rounds digits past the money unit half up, exactly, beyond what a float holds', () => {
    expect(formatAmount('2.50', 0)).toBe('3')
    expect(formatAmount('2.49', 0)).toBe('2')
    expect(formatAmount('9.995', 2)).toBe('10.00')
    expect(formatAmount('9007199254740993.00', 0)).toBe('9,007,199,254,740,993')
  })

  it('keeps a sign, and leaves text that is no amount as it is', () => {
    expect(formatAmount('-1500.00', 0)).toBe('-1,500')
    expect(formatAmount('-0.00', 0)).toBe('0')
    expect(formatAmount('n/a', 0)).toBe('n/a')
  })
})

describe('lines and deposits', () => {
  const crate = { quantity: 3, name: 'THB 65 cl', packId: 'p', unitsPerPack: 24, unitPrice: '60000.00' }

  it('names a line by its packs and their price', () => {
    expect(lineLabel(crate)).toBe('3 × THB 65 cl')
    expect(lineDetail(crate, 0)).toBe('pack of 24 @ 60,000')
    expect(lineDetail({ packId: null as unknown as string, unitsPerPack: 1, unitPrice: '2000.00' }, 0)).toBe('@ 2,000')
  })

  it('splits a deposit line into paid, exchanged and due containers', () => {
    const bottles = { quantity: 72, name: 'Bottle 65 cl', consigned: 24, exchanged: 48, due: 0, unitDeposit: '300.00' }
    expect(depositLabel(bottles)).toBe('72 Bottle 65 cl')
    expect(depositSplit(bottles, 0)).toBe('24 paid × 300 · 48 exchanged')
    expect(depositSplit({ ...bottles, consigned: 0, exchanged: 0, due: 72 }, 0)).toBe('0 paid × 300 · 72 due')
  })
})

describe('settlementOf', () => {
  it('is absent while the sale response has no payments', () => {
    expect(settlementOf({ number: 'S-2026-000001', payable: '202200.00' })).toBeUndefined()
  })

  it('gives the payments, what was paid and given back, and what is owed by when', () => {
    const settlement = settlementOf({
      payments: [
        { method: 'CASH', amount: '100000.00', tendered: '120000.00', change: '20000.00', reference: null },
        { method: 'MOBILE_MONEY', amount: '50000.00', tendered: null, change: null, reference: 'MP2612.0042' },
      ],
      paid: '150000.00',
      owed: '52200.00',
      dueDate: '2027-01-02',
    })
    expect(settlement?.payments).toHaveLength(2)
    expect(settlement?.paid).toBe('150000.00')
    expect(settlement?.owed).toBe('52200.00')
    expect(settlement?.dueDate).toBe('2027-01-02')
    expect(settlement?.change).toBe('20000.00')
  })

  it('has no change when no payment gave any', () => {
    expect(settlementOf({ payments: [{ method: 'CARD', amount: '10.00' }] })?.change).toBeUndefined()
  })
})

describe('helpers', () => {
  it('adds amounts exactly', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30')
    expect(sumAmounts(['20000.00', '5'])).toBe('20005.00')
    expect(sumAmounts([])).toBe('0.00')
  })

  it('tells a zero amount', () => {
    expect(isZeroAmount('0.00')).toBe(true)
    expect(isZeroAmount('0')).toBe(true)
    expect(isZeroAmount('100.00')).toBe(false)
    expect(isZeroAmount('abc')).toBe(false)
  })

  it('words methods and titles', () => {
    expect(methodLabel('MOBILE_MONEY')).toBe('Mobile money')
    expect(receiptTitle('COMPLETED')).toBe('Receipt')
    expect(receiptTitle('DRAFT')).toContain('not a receipt')
  })
})
