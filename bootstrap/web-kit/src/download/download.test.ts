import { describe, expect, it } from 'vitest'
import { fileNameOf, formatBytes } from './download'

describe('fileNameOf', () => {
  it('reads a quoted file name', () => {
    expect(fileNameOf('attachment; filename="sales-day-2026-01-01-2026-01-31.xlsx"', 'x')).toBe(
      'sales-day-2026-01-01-2026-01-31.xlsx',
    )
  })
  it('reads a bare file name', () => {
    expect(fileNameOf('attachment; filename=report.csv', 'x')).toBe('report.csv')
  })
  it('falls back without a header', () => {
    expect(fileNameOf(null, 'sales.pdf')).toBe('sales.pdf')
  })
})

describe('formatBytes', () => {
  it('counts bytes, kilobytes and megabytes', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB')
  })
})
