import { describe, expect, it } from 'vitest'
import { isLineOrField } from './problems'

describe('isLineOrField', () => {
  it('takes the named fields and every field of a line', () => {
    const isField = isLineOrField('locationId', 'reference')
    expect(isField('locationId')).toBe(true)
    expect(isField('lines[12].quantity')).toBe(true)
    expect(isField('lines')).toBe(false)
    expect(isField('note')).toBe(false)
  })
})
