import { describe, expect, it } from 'vitest'
import {
  addItem,
  cartOf,
  changeLine,
  EMPTY_CART,
  lineProblems,
  nextRequest,
  quantityInput,
  removeLine,
  step,
  unitsByProduct,
  type Cart,
  type DraftState,
} from './cart'

const WALK_IN = 'walk-in-id'
const beer = { productId: 'beer', packId: null }
const crate = { productId: 'beer', packId: 'crate' }

describe('the cart', () => {
  it('adds a line per product and pack, and one more of what it holds', () => {
    let { cart, index } = addItem(EMPTY_CART, crate)
    expect(index).toBe(0)
    ;({ cart, index } = addItem(cart, beer))
    expect(index).toBe(1)
    ;({ cart, index } = addItem(cart, crate))
    expect(index).toBe(0)
    expect(cart.lines).toEqual([
      { ...crate, quantity: 2 },
      { ...beer, quantity: 1 },
    ])
    // a search result carries more than the item: the line keeps only what the API takes
    const row = { ...beer, name: 'Lager', price: '3500.00' }
    expect(addItem(EMPTY_CART, row).cart.lines[0]).toEqual({ ...beer, quantity: 1 })
  })

  it('steps quantities between 1 and the maximum and keeps what is typed when it is no whole number', () => {
    expect(step(1, -1)).toBe(1)
    expect(step(3, 1)).toBe(4)
    expect(step(100_000, 1)).toBe(100_000)
    expect(step('abc', 1)).toBe(1)
    expect(quantityInput(' 12 ')).toBe(12)
    expect(quantityInput('1.5')).toBe('1.5')
    expect(quantityInput('')).toBe('')
  })

  it('changes and removes lines by index', () => {
    const cart = addItem(addItem(EMPTY_CART, beer).cart, crate).cart
    expect(changeLine(cart, 1, { quantity: 5 }).lines[1]).toEqual({ ...crate, quantity: 5 })
    expect(removeLine(cart, 0).lines).toEqual([{ ...crate, quantity: 1 }])
  })

  it('counts the base units each product takes, packs included', () => {
    const lines = [
      { ...crate, quantity: 3 },
      { ...beer, quantity: 6 },
      { productId: 'soda', packId: null, quantity: 'x' },
    ]
    const units = unitsByProduct(lines, (line) => (line.packId === 'crate' ? 24 : 1))
    expect(units.get('beer')).toBe(78)
    expect(units.get('soda')).toBe(0)
  })
})

describe('the cart as a draft', () => {
  const draft = (lines: DraftState['lines'], customerId = WALK_IN): DraftState => ({ id: 'd1', customerId, lines })

  it('creates the draft with the first line, and not for an empty cart', () => {
    expect(nextRequest(EMPTY_CART, null, WALK_IN)).toBeNull()
    const cart: Cart = { customerId: null, lines: [{ ...crate, quantity: 2 }] }
    expect(nextRequest(cart, null, WALK_IN)).toEqual({ kind: 'create', body: { lines: cart.lines } })
    const named: Cart = { ...cart, customerId: 'bar' }
    expect(nextRequest(named, null, WALK_IN)).toEqual({
      kind: 'create',
      body: { customerId: 'bar', lines: cart.lines },
    })
  })

  it('replaces the lines when they differ, and sends nothing when the draft holds the cart', () => {
    const stored = draft([{ ...crate, quantity: 2 }])
    expect(nextRequest({ customerId: null, lines: [{ ...crate, quantity: 2 }] }, stored, WALK_IN)).toBeNull()
    const more: Cart = { customerId: null, lines: [{ ...crate, quantity: 3 }] }
    expect(nextRequest(more, stored, WALK_IN)).toEqual({ kind: 'lines', id: 'd1', body: { lines: more.lines } })
    const typed: Cart = { customerId: null, lines: [{ ...crate, quantity: '2x' }] }
    expect(nextRequest(typed, stored, WALK_IN)?.kind).toBe('lines')
  })

  it('changes the customer first, then the lines; back to the walk-in customer by its id', () => {
    const stored = draft([{ ...beer, quantity: 1 }])
    const cart: Cart = { customerId: 'bar', lines: [{ ...beer, quantity: 2 }] }
    expect(nextRequest(cart, stored, WALK_IN)).toEqual({ kind: 'customer', id: 'd1', body: { customerId: 'bar' } })
    const sold = draft([{ ...beer, quantity: 1 }], 'bar')
    expect(nextRequest(cart, sold, WALK_IN)?.kind).toBe('lines')
    expect(nextRequest({ customerId: null, lines: [{ ...beer, quantity: 1 }] }, sold, WALK_IN)).toEqual({
      kind: 'customer',
      id: 'd1',
      body: { customerId: WALK_IN },
    })
  })

  it('keeps an emptied cart’s draft as it is, and a reload restores the cart', () => {
    const stored = draft([{ ...beer, quantity: 1 }])
    expect(nextRequest(EMPTY_CART, stored, WALK_IN)).toBeNull()
    expect(cartOf(stored, WALK_IN)).toEqual({ customerId: null, lines: [{ ...beer, quantity: 1 }] })
    expect(cartOf(draft([], 'bar'), WALK_IN).customerId).toBe('bar')
  })

  it('places the server’s messages by line', () => {
    const byLine = lineProblems([
      { field: 'lines[1].quantity', message: 'must be 1 to 100000 packs' },
      { field: 'lines[1].packId', message: 'no price' },
      { field: 'customerId', message: 'inactive' },
    ])
    expect(byLine.get(1)).toBe('must be 1 to 100000 packs; no price')
    expect(byLine.get(-1)).toBe('customerId: inactive')
    expect(byLine.has(0)).toBe(false)
  })
})
