import { describe, expect, it } from 'vitest'
import { refreshes } from '../testing/queries'
import { hasAnyRole } from './auth'
import { pageCount, productKeys } from './catalog'
import { stockKeys } from './inventory'
import { activeLocations, locationLabel, type Warehouse } from './warehouses'

describe('query-key families', () => {
  it('a stock change refreshes every stock figure and history', () => {
    for (const key of [stockKeys.levels(['p1']), stockKeys.level('p1'), stockKeys.movements('p1', 50)]) {
      expect(refreshes(stockKeys.all, key), JSON.stringify(key)).toBe(true)
    }
  })

  it('a product change refreshes its detail, its barcodes and every product list', () => {
    for (const key of [
      productKeys.search({ q: '', page: 0, size: 20 }),
      productKeys.detail('p1'),
      productKeys.barcode('400'),
    ]) {
      expect(refreshes(productKeys.all, key)).toBe(true)
    }
  })

  it('families do not overlap', () => {
    expect(refreshes(stockKeys.all, productKeys.detail('p1'))).toBe(false)
    expect(refreshes(productKeys.all, stockKeys.level('p1'))).toBe(false)
  })

  it('a search is a key of its own per filter', () => {
    expect(productKeys.search({ q: '', page: 0, size: 20 })).not.toEqual(
      productKeys.search({ q: 'cola', page: 0, size: 20 }),
    )
  })
})

describe('pageCount', () => {
  it('rounds up, and is 0 for an empty or sizeless page', () => {
    expect(pageCount({ size: 20, totalItems: 41 })).toBe(3)
    expect(pageCount({ size: 20, totalItems: 40 })).toBe(2)
    expect(pageCount({ size: 20, totalItems: 0 })).toBe(0)
    expect(pageCount({ size: 0, totalItems: 5 })).toBe(0)
  })
})

describe('locations', () => {
  const location = (code: string, active = true) => ({
    id: code,
    code,
    name: `${code} store`,
    active,
    isDefault: false,
  })
  const warehouse = (code: string, active: boolean, locations: Warehouse['locations']): Warehouse => ({
    id: code,
    code,
    name: code,
    active,
    allowNegativeStock: false,
    isDefault: false,
    locations,
  })

  it('pickers offer the active locations of active warehouses, in order', () => {
    const choices = activeLocations([
      warehouse('MAIN', true, [location('FRONT'), location('OLD', false), location('BACK')]),
      warehouse('SHUT', false, [location('ANY')]),
    ])
    expect(choices.map(locationLabel)).toEqual(['MAIN / FRONT · FRONT store', 'MAIN / BACK · BACK store'])
    expect(activeLocations(undefined)).toEqual([])
  })
})

describe('hasAnyRole', () => {
  it('lets in a holder of one of the roles, and everyone when none is asked', () => {
    expect(hasAnyRole({ roles: ['SALES'] }, ['ADMIN', 'SALES'])).toBe(true)
    expect(hasAnyRole({ roles: ['SALES'] }, ['ADMIN'])).toBe(false)
    expect(hasAnyRole({ roles: [] }, [])).toBe(true)
    expect(hasAnyRole({ roles: [] }, undefined)).toBe(true)
  })
})
