import { productKeys, stockKeys } from '@elif/web-kit'
import { matchQuery, QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { userKeys } from '../../identity/api'
import { stockWorkKeys } from './operations'
import { stockReportKeys, type StockOverviewSearch } from './reports'

function refreshes(family: readonly unknown[], key: readonly unknown[]) {
  const client = new QueryClient()
  return matchQuery({ queryKey: family }, client.getQueryCache().build(client, { queryKey: key }))
}

const overview: StockOverviewSearch = {
  q: '',
  warehouseId: '',
  categoryId: '',
  status: 'ALL',
  active: '',
  sort: 'name',
  direction: 'asc',
  page: 0,
  size: 20,
}

describe('stock query keys', () => {
  it('a stock change refreshes every stock list and document of the administration', () => {
    for (const key of [
      stockReportKeys.overview(overview),
      stockReportKeys.low(),
      stockReportKeys.nearExpiry(30, ''),
      stockReportKeys.value(),
      stockWorkKeys.transfers(''),
      stockWorkKeys.stocktakes('COUNTING'),
      stockWorkKeys.stocktake('s1'),
    ]) {
      expect(refreshes(stockKeys.all, key), JSON.stringify(key)).toBe(true)
    }
  })

  it('users are a family of their own', () => {
    expect(refreshes(userKeys.all, stockKeys.level('p1'))).toBe(false)
    expect(refreshes(stockKeys.all, userKeys.search({ q: '', page: 0, size: 20 }))).toBe(false)
    expect(refreshes(productKeys.all, stockReportKeys.low())).toBe(false)
  })

  it('a search is a key of its own per filter', () => {
    expect(stockReportKeys.overview(overview)).not.toEqual(stockReportKeys.overview({ ...overview, q: 'cola' }))
  })
})
