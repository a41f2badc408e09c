import { describe, expect, it } from 'vitest'
import { creditLimitFigures, fromCents, paymentsBody, settle, toCents, type PaymentEntry } from './payment'

const entry = (method: PaymentEntry['method'], amount: string, reference = ''): PaymentEntry => ({
  method,
  amount,
  reference,
})

describe('the checkout’s arithmetic', () => {
  it('reads amounts exactly, in hundredths', () => {
    expect(toCents('150000')).toBe(15_000_000n)
    expect(toCents('150 000')).toBe(15_000_000n)
    expect(toCents('1500.5')).toBe(150_050n)
    expect(toCents('202200.00')).toBe(20_220_000n)
    expect(toCents('0')).toBeNull()
    expect(toCents('1.234')).toBeNull()
    expect(toCents('-5')).toBeNull()
    expect(toCents('abc')).toBeNull()
    expect(fromCents(5_220_000n)).toBe('52200.00')
    expect(fromCents(5n)).toBe('0.05')
  })

  it('leaves the rest owed: the worked example pays 150,000 of 202,200 and owes 52,200', () => {
    const settlement = settle(toCents('202200.00')!, [entry('CASH', '150000')])
    expect(settlement).toEqual({ paid: 15_000_000n, change: 0n, remaining: 5_220_000n, problems: [null] })
  })

  it('gives change for cash beyond what is owed, after a card took its part', () => {
    const settlement = settle(toCents('60000.00')!, [entry('CARD', '40000'), entry('CASH', '25000')])
    expect(fromCents(settlement.change)).toBe('5000.00')
    expect(settlement.paid).toBe(6_000_000n)
    expect(settlement.remaining).toBe(0n)
  })

  it('refuses a card above what is owed, mobile money without its reference and what is no amount', () => {
    const settlement = settle(toCents('1000')!, [
      entry('CARD', '2000'),
      entry('MOBILE_MONEY', '500'),
      entry('MOBILE_MONEY', '500', 'MP-1'),
      entry('CASH', ''),
    ])
    expect(settlement.problems[0]).toContain('More than the 1000.00 still owed')
    expect(settlement.problems[1]).toBe('Mobile money needs the reference')
    expect(settlement.problems[2]).toBeNull()
    expect(settlement.problems[3]).toBe('Not an amount of money')
    expect(settlement.remaining).toBe(50_000n)
  })

  it('sends amounts as decimal strings and references only for what is not cash', () => {
    expect(paymentsBody([entry('CASH', '150000', 'ignored'), entry('MOBILE_MONEY', '52200', ' MP-9 ')])).toEqual([
      { method: 'CASH', amount: '150000.00' },
      { method: 'MOBILE_MONEY', amount: '52200.00', reference: 'MP-9' },
    ])
  })

  it('reads the figures of a credit-limit refusal', () => {
    const problem = { creditLimit: '50000.00', openBalance: '0.00', unpaid: '52200.00', excess: '2200.00' }
    expect(creditLimitFigures(problem)).toEqual(problem)
    expect(creditLimitFigures({ detail: 'x' })).toBeNull()
  })
})
