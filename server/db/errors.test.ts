import { expect, test } from 'vitest'
import { isDatabaseUnavailable, isUniqueViolation } from './errors.ts'

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })

test('what cannot reach the database counts as unavailable; bugs and bad data do not', () => {
  for (const code of [
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    '08006',
    '57P01',
  ])
    expect(isDatabaseUnavailable(withCode(code)), code).toBe(true)
  expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
  expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
  for (const code of ['23505', '42P01', '22P02', 'ENOENT'])
    expect(isDatabaseUnavailable(withCode(code)), code).toBe(false)
  expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false)
  expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false)
  expect(isUniqueViolation(withCode('23505'))).toBe(true)
})
