import { describe, expect, it } from 'vitest'
import { integerInput, integerText, optionalText } from './inputs'

describe('integerInput', () => {
  it('reads blank as none and digits as a number', () => {
    expect(integerInput('  ')).toBeNull()
    expect(integerInput(' 24 ')).toBe(24)
    expect(integerInput('-3')).toBe(-3)
  })

  it('sends anything else as typed, for the server to refuse with a field message', () => {
    expect(integerInput('2.5')).toBe('2.5')
    expect(integerInput('12 crates')).toBe('12 crates')
    expect(integerInput('1234567890123456')).toBe('1234567890123456')
  })

  it('writes a number back as text', () => {
    expect(integerText(null)).toBe('')
    expect(integerText(0)).toBe('0')
  })
})

describe('optionalText', () => {
  it('is null when blank, trimmed otherwise', () => {
    expect(optionalText('   ')).toBeNull()
    expect(optionalText(' Shelf 4 ')).toBe('Shelf 4')
  })
})
