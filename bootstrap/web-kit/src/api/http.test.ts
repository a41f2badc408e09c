import { describe, expect, it } from 'vitest'
import { problemError } from '../testing/problems'
import { describeError, httpStatus, problemType, retryAfterSeconds } from './http'

describe('problems', () => {
  it('are known by the last segment of their type', () => {
    expect(problemType(problemError({ type: 'https://elif.io/problems/last-admin', status: 409 }))).toBe('last-admin')
    expect(problemType(problemError({ type: 'https://elif.io/problems/csrf/', status: 403 }))).toBe('csrf')
    expect(problemType(new Error('offline'))).toBeUndefined()
  })

  it('are described by their detail, else their title, else their status', () => {
    expect(describeError(problemError({ detail: 'SKU taken', title: 'Conflict', status: 409 }))).toBe('SKU taken')
    expect(describeError(problemError({ title: 'Conflict', status: 409 }))).toBe('Conflict')
    expect(describeError(problemError({ status: 500 }))).toBe('The server answered 500.')
    expect(describeError(new TypeError('Failed to fetch'))).toBe('Cannot reach the server.')
  })

  it('carry their HTTP status', () => {
    expect(httpStatus(problemError({ status: 404 }))).toBe(404)
    expect(httpStatus(new Error('offline'))).toBeUndefined()
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds', () => {
    expect(retryAfterSeconds(problemError({ status: 429 }, { 'Retry-After': '30' }))).toBe(30)
  })

  it('reads a date, never below 0', () => {
    const past = new Date(Date.now() - 60_000).toUTCString()
    expect(retryAfterSeconds(problemError({ status: 429 }, { 'Retry-After': past }))).toBe(0)
  })

  it('is undefined without the header or for an unreadable one', () => {
    expect(retryAfterSeconds(problemError({ status: 429 }))).toBeUndefined()
    expect(retryAfterSeconds(problemError({ status: 429 }, { 'Retry-After': 'later' }))).toBeUndefined()
  })
})
