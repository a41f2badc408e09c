import { describe, expect, it } from 'vitest'
import { integerInput } from './inputs'

describe('integerInput', () => {
  it('sends digits as a number and anything else as typed, for the server to name the field', () => {
    expect(integerInput(' 30 ')).toBe(30)
    expect(integerInput('0')).toBe(0)
    expect(integerInput('30.5')).toBe('30.5')
    expect(integerInput('')).toBe('')
  })
})
