import { describe, expect, it } from 'vitest'
import {
  addItem,
  carriedContainers,
  cartOf,
  chooseDeposit,
  clampDeposits,
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
  const draft = (
    lines: DraftState['lines'],
    customerId = WALK_IN,
    deposits: DraftState['deposits'] = [],
  ): DraftState => ({
    id: 'd1',
    customerId,
    lines,
    deposits,
  })

  it('creates the draft with the first line, and not for an empty cart', () => {
    expect(nextRequest(EMPTY_CART, null, WALK_IN)).toBeNull()
    const cart: Cart = { customerId: null, lines: [{ ...crate, quantity: 2 }], deposits: [] }
    expect(nextRequest(cart, null, WALK_IN)).toEqual({ kind: 'create', body: { lines: cart.lines, deposits: [] } })
    const named: Cart = { ...cart, customerId: 'bar' }
    expect(nextRequest(named, null, WALK_IN)).toEqual({
      kind: 'create',
      body: { customerId: 'bar', lines: cart.lines, deposits: [] },
    })
  })

  it('replaces the lines when they differ, and sends nothing when the draft holds the cart', () => {
    const stored = draft([{ ...crate, quantity: 2 }])
    expect(
      nextRequest({ customerId: null, lines: [{ ...crate, quantity: 2 }], deposits: [] }, stored, WALK_IN),
    ).toBeNull()
    const more: Cart = { customerId: null, lines: [{ ...crate, quantity: 3 }], deposits: [] }
    expect(nextRequest(more, stored, WALK_IN)).toEqual({
      kind: 'lines',
      id: 'd1',
      body: { lines: more.lines, deposits: [] },
    })
    const typed: Cart = { customerId: null, lines: [{ ...crate, quantity: '2x' }], deposits: [] }
    expect(nextRequest(typed, stored, WALK_IN)?.kind).toBe('lines')
  })

  it('changes the customer first, then the lines; back to the walk-in customer by its id', () => {
    const stored = draft([{ ...beer, quantity: 1 }])
    const cart: Cart = { customerId: 'bar', lines: [{ ...beer, quantity: 2 }], deposits: [] }
    expect(nextRequest(cart, stored, WALK_IN)).toEqual({ kind: 'customer', id: 'd1', body: { customerId: 'bar' } })
    const sold = draft([{ ...beer, quantity: 1 }], 'bar')
    expect(nextRequest(cart, sold, WALK_IN)?.kind).toBe('lines')
    expect(nextRequest({ customerId: null, lines: [{ ...beer, quantity: 1 }], deposits: [] }, sold, WALK_IN)).toEqual({
      kind: 'customer',
      id: 'd1',
      body: { customerId: WALK_IN },
    })
  })

  it('keeps an emptied cart’s draft as it is, and a reload restores the cart', () => {
    const stored = draft([{ ...beer, quantity: 1 }])
    expect(nextRequest(EMPTY_CART, stored, WALK_IN)).toBeNull()
    expect(cartOf(stored, WALK_IN)).toEqual({ customerId: null, lines: [{ ...beer, quantity: 1 }], deposits: [] })
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

describe('deposit choices', () => {
  const CRATES = 'crates'
  const BOTTLES = 'bottles'
  const stored = (deposits: DraftState['deposits']): DraftState => ({
    id: 'd1',
    customerId: 'bar',
    lines: [{ ...crate, quantity: 3 }],
    deposits,
  })

  it('are sent with the lines, and a draft holding them sends nothing', () => {
    const choices = [
      { containerTypeId: CRATES, exchanged: 2, due: 0 },
      { containerTypeId: BOTTLES, exchanged: 48, due: 0 },
    ]
    const cart: Cart = { customerId: 'bar', lines: [{ ...crate, quantity: 3 }], deposits: choices }
    const request = nextRequest(cart, stored([]), WALK_IN)
    expect(request).toEqual({
      kind: 'lines',
      id: 'd1',
      body: { lines: cart.lines, deposits: [choices[1], choices[0]] },
    })
    // the server answers every type, the consigned ones with nothing chosen
    const held = stored([...choices, { containerTypeId: 'cans', exchanged: 0, due: 0 }])
    expect(nextRequest(cart, held, WALK_IN)).toBeNull()
    expect(cartOf(held, WALK_IN).deposits).toEqual([choices[1], choices[0]])
  })

  it('are clamped to what the lines carry when a quantity drops, dropped for a type no longer carried', () => {
    const choices = [
      { containerTypeId: CRATES, exchanged: 2, due: 1 },
      { containerTypeId: BOTTLES, exchanged: 48, due: 24 },
      { containerTypeId: 'gone', exchanged: 1, due: 0 },
    ]
    const carried = new Map([
      [CRATES, 2],
      [BOTTLES, 48],
    ])
    expect(clampDeposits(choices, carried, false)).toEqual([
      { containerTypeId: CRATES, exchanged: 2, due: 0 },
      { containerTypeId: BOTTLES, exchanged: 48, due: 0 },
    ])
    expect(clampDeposits(choices, new Map([[CRATES, 1]]), false)).toEqual([
      { containerTypeId: CRATES, exchanged: 1, due: 0 },
    ])
  })

  it('leave the walk-in customer owing nothing, and stay as they are while a load is unknown', () => {
    const choices = [{ containerTypeId: CRATES, exchanged: 1, due: 2 }]
    expect(clampDeposits(choices, undefined, true)).toEqual([{ containerTypeId: CRATES, exchanged: 1, due: 0 }])
    expect(clampDeposits(choices, undefined, false)).toEqual(choices)
    expect(chooseDeposit(choices, { containerTypeId: CRATES, exchanged: 0, due: 0 })).toEqual([
      { containerTypeId: CRATES, exchanged: 0, due: 0 },
    ])
  })

  it('count the containers each line carries per pack', () => {
    const loads: Record<string, { containerTypeId: string; quantity: number }[]> = {
      crate: [
        { containerTypeId: CRATES, quantity: 1 },
        { containerTypeId: BOTTLES, quantity: 24 },
      ],
      can: [],
    }
    const lines = [
      { ...crate, quantity: 3 },
      { productId: 'soda', packId: 'can', quantity: 6 },
    ]
    const carried = carriedContainers(lines, (line) => loads[line.packId ?? ''])
    expect(carried).toEqual(
      new Map([
        [CRATES, 3],
        [BOTTLES, 72],
      ]),
    )
    expect(carriedContainers([{ productId: 'x', packId: 'unknown', quantity: 1 }], () => undefined)).toBeUndefined()
  })
})
