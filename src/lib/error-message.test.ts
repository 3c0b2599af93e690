import { expect, test } from 'vitest'
import { ApiError } from './api-error'
import { errorKeyOf, isConnectionError, isRetryable } from './error-message'

test('each failure gets the sentence that says what happened, and a retry only where one can help', () => {
  const cases: [unknown, string, boolean][] = [
    [new TypeError('Failed to fetch'), 'errors.network', true],
    [new Error('Cannot read properties of undefined'), 'errors.unexpected', true],
    [new ApiError(400, 'Path not allowed', {}, 'bad-path'), 'errors.notForwarded', false],
    [new ApiError(404, 'Not available', {}, 'not-allowed'), 'errors.notForwarded', false],
    [new ApiError(429, 'Budget', {}, 'console-budget', 12), 'errors.consoleBudget', true],
    [new ApiError(429, 'Too many', {}, null, 30), 'errors.rateLimited', true],
    [new ApiError(503, 'Paused', {}, 'circuit-open'), 'errors.circuitOpen', true],
    [new ApiError(503, 'No database', {}, 'database-unavailable'), 'errors.databaseUnavailable', true],
    [new ApiError(504, 'Timeout'), 'errors.timeout', true],
    [new ApiError(502, 'Bad gateway'), 'errors.upstream', true],
    [new ApiError(403, 'Your role may not do this', {}, 'forbidden-role'), 'errors.forbidden', false],
    [new ApiError(404, 'Gone'), 'errors.notFound', false],
    [new ApiError(400, 'Lucca refused'), 'errors.generic', true],
  ]
  for (const [error, key, retryable] of cases) {
    expect(errorKeyOf(error).key, String(error)).toBe(key)
    expect(isRetryable(error), String(error)).toBe(retryable)
  }
  expect(errorKeyOf(new ApiError(429, 'Too many', {}, null, 30)).values).toEqual({ seconds: 30 })
})

test('a failed connection names its step; a retry only where the cause can pass by itself', () => {
  const auth = (cause: string) =>
    new ApiError(502, 'Lucca token request failed', {}, 'upstream-auth', null, null, cause)
  const cases: [ApiError, string, boolean][] = [
    [auth('dns'), 'errors.connectionDns', false],
    [auth('tls'), 'errors.connectionTls', false],
    [auth('invalid_client'), 'errors.connectionCredentials', false],
    [auth('token-refused'), 'errors.connectionCredentials', false],
    [auth('refused'), 'errors.connectionToken', true],
    [auth('http-500'), 'errors.connectionToken', true],
    [
      new ApiError(502, 'Lucca unreachable', {}, 'upstream-error', null, null, 'dns'),
      'errors.connectionDns',
      false,
    ],
    [
      new ApiError(502, 'Lucca unreachable', {}, 'upstream-error', null, null, 'refused'),
      'errors.upstream',
      true,
    ],
    // Lucca's own 403s (the console's carry a reason): a scope the client lacks, else webhooks not enabled.
    [
      new ApiError(403, 'The token lacks the scope webhook-endpoints.readonly'),
      'errors.connectionScopes',
      false,
    ],
    [new ApiError(403, 'Forbidden'), 'errors.connectionNotEnabled', false],
  ]
  for (const [error, key, retryable] of cases) {
    expect(errorKeyOf(error).key, error.message).toBe(key)
    expect(isRetryable(error), error.message).toBe(retryable)
    // Each of them links to the Connection page, whose steps say what to fix.
    expect(isConnectionError(error), error.message).toBe(key !== 'errors.upstream')
  }
  expect(isConnectionError(new ApiError(403, 'Admins only', {}, 'forbidden-role'))).toBe(false)
  expect(isConnectionError(new ApiError(504, 'Timeout'))).toBe(false)
})
