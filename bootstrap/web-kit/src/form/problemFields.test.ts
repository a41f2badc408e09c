import { describe, expect, it } from 'vitest'
import { problemError } from '../testing/problems'
import { placeProblems } from './problemFields'

const validation = (...errors: [field: string, message: string][]) =>
  problemError({
    type: 'https://elif.io/problems/validation',
    status: 400,
    detail: `The request has ${errors.length} invalid field(s)`,
    errors: errors.map(([field, message]) => ({ field, message })),
  })

describe('placeProblems', () => {
  it('puts every field error under its input at once, the messages of one field joined', () => {
    const error = validation(
      ['name', 'must not be blank'],
      ['name', 'size must be between 0 and 100'],
      ['sku', 'is not a SKU'],
    )
    expect(placeProblems(error, { fields: ['sku', 'name'] })).toEqual({
      byField: { name: 'must not be blank; size must be between 0 and 100', sku: 'is not a SKU' },
      message: null,
    })
  })

  it('reads nested paths in either notation', () => {
    const error = validation(
      ['prices[LEVEL_1]', 'at most 2 decimals'],
      ['prices.WHOLESALE', 'must be positive'],
      ['lines[1].quantity', 'must be greater than 0'],
      ['lines[0].unitCost', 'at most 4 decimals'],
    )
    const placed = placeProblems(error, {
      fields: ['prices.LEVEL_1', 'prices.WHOLESALE', 'lines.*.quantity', 'lines.*.unitCost'],
    })
    expect(placed.byField).toEqual({
      'prices.LEVEL_1': 'at most 2 decimals',
      'prices.WHOLESALE': 'must be positive',
      'lines.1.quantity': 'must be greater than 0',
      'lines.0.unitCost': 'at most 4 decimals',
    })
    expect(placed.message).toBeNull()
  })

  it('shows an error inside a field under that field, under the most precise field listed', () => {
    const error = validation(['barcodes[1]', 'not a barcode'], ['containers[0].quantity', 'at least 1'])
    expect(placeProblems(error, { fields: ['barcodes', 'containers', 'containers.*.quantity'] }).byField).toEqual({
      barcodes: 'not a barcode',
      'containers.0.quantity': 'at least 1',
    })
  })

  it('says above the button, after the detail, what no input shows', () => {
    const error = validation(['name', 'must not be blank'], ['lines', 'must not be empty'], ['prices', 'need level 1'])
    expect(placeProblems(error, { fields: ['name', 'lines.*.quantity', 'prices.*'] })).toEqual({
      byField: { name: 'must not be blank' },
      message: 'The request has 3 invalid field(s) lines: must not be empty prices: need level 1',
    })
  })

  it('renames the server fields the form names otherwise, wildcards filled in order', () => {
    const error = validation(['packId', 'unknown pack'], ['lines[2].productId', 'must not be null'])
    const placed = placeProblems(error, {
      fields: ['owner', 'lines.*.product'],
      renames: { packId: 'owner', 'lines.*.productId': 'lines.*.product' },
    })
    expect(placed.byField).toEqual({ owner: 'unknown pack', 'lines.2.product': 'must not be null' })
  })

  it('renames whole paths only', () => {
    const error = validation(['packId.id', 'odd'])
    expect(placeProblems(error, { fields: ['owner'], renames: { packId: 'owner' } }).message).toBe(
      'The request has 1 invalid field(s) packId.id: odd',
    )
  })

  it('shows a conflict that one input explains under it, with the detail', () => {
    const duplicate = problemError({ type: 'https://elif.io/problems/duplicate-sku', status: 409, detail: 'SKU taken' })
    expect(placeProblems(duplicate, { fields: ['sku'], conflicts: { 'duplicate-sku': 'sku' } })).toEqual({
      byField: { sku: 'SKU taken' },
      message: null,
    })
  })

  it('shows a conflict above the button when the form does not show its field', () => {
    const duplicate = problemError({ type: 'https://elif.io/problems/duplicate-sku', status: 409, detail: 'SKU taken' })
    expect(placeProblems(duplicate, { fields: ['name'], conflicts: { 'duplicate-sku': 'sku' } })).toEqual({
      byField: {},
      message: 'SKU taken',
    })
  })

  it('shows a refusal naming a field under it, whatever its status', () => {
    const taken = problemError({
      type: 'https://elif.io/problems/duplicate-user',
      status: 409,
      detail: 'Another user has this email',
      errors: [{ field: 'email', message: 'Another user has this email' }],
    })
    expect(placeProblems(taken, { fields: ['username', 'email'] })).toEqual({
      byField: { email: 'Another user has this email' },
      message: null,
    })
  })

  it('says a problem without fields, or any other failure, above the button', () => {
    const conflict = problemError({
      type: 'https://elif.io/problems/insufficient-stock',
      status: 409,
      detail: 'Only 12',
    })
    expect(placeProblems(conflict, { fields: ['quantity'] })).toEqual({ byField: {}, message: 'Only 12' })
    expect(placeProblems(new TypeError('Failed to fetch'), { fields: ['quantity'] })).toEqual({
      byField: {},
      message: 'Cannot reach the server.',
    })
  })
})
