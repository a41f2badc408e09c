import { describe, expect, it } from 'vitest'
import { readFilters, readPage, withFilters, withPage } from './urlFilters'

const DEFAULTS = { q: '', status: 'ALL', active: 'true' }

describe('filters in the URL', () => {
  it('are read with their defaults where the URL names none', () => {
    expect(readFilters(new URLSearchParams('q=cola&status=LOW'), DEFAULTS)).toEqual({
      q: 'cola',
      status: 'LOW',
      active: 'true',
    })
  })

  it('keep an explicit empty value apart from the default', () => {
    expect(readFilters(new URLSearchParams('active='), DEFAULTS).active).toBe('')
  })

  it('are written when they differ from their default and removed when back at it', () => {
    const params = withFilters(new URLSearchParams('status=LOW'), { q: 'cola', status: 'ALL', active: '' }, DEFAULTS)
    expect(params.toString()).toBe('q=cola&active=')
  })

  it('start again at the first page, and keep parameters that are not filters', () => {
    const params = withFilters(new URLSearchParams('page=3&product=p1'), { q: 'cola' }, DEFAULTS)
    expect(params.get('page')).toBeNull()
    expect(params.get('product')).toBe('p1')
  })
})

describe('the page in the URL', () => {
  it('counts from 1 in the URL and from 0 in the code', () => {
    expect(readPage(withPage(new URLSearchParams(), 2))).toBe(2)
    expect(withPage(new URLSearchParams(), 2).get('page')).toBe('3')
    expect(withPage(new URLSearchParams('page=3'), 0).has('page')).toBe(false)
  })

  it('is the first when absent or unreadable', () => {
    for (const query of ['', 'page=0', 'page=-2', 'page=x', 'page=1.5']) {
      expect(readPage(new URLSearchParams(query))).toBe(0)
    }
  })
})
