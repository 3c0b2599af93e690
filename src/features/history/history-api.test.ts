import { expect, test } from 'vitest'
import { errorKeyOf } from '../../lib/error-message'
import type { HistoryStatus } from './history-client'
import { connectionProblemOf } from './history-api'

const paused = (reason: string | null, cause: string | null = null): HistoryStatus['collector'] => ({
  state: 'paused',
  updatedAt: null,
  progress: null,
  reason,
  cause,
})

test('a collector paused by the connection to Lucca gives the error its step is named by', () => {
  const cases: [HistoryStatus['collector'], string][] = [
    [paused('upstream-auth', 'invalid_client'), 'errors.connectionCredentials'],
    [paused('upstream-auth', 'token-refused'), 'errors.connectionCredentials'],
    [paused('upstream-auth', 'dns'), 'errors.connectionDns'],
    [paused('upstream-error', 'tls'), 'errors.connectionTls'],
    [paused('upstream-auth', 'refused'), 'errors.connectionToken'],
    [paused('upstream-auth', 'missing-scope'), 'errors.connectionScopes'],
    [paused('upstream-auth', 'forbidden'), 'errors.connectionNotEnabled'],
    [paused('webhooks-not-enabled'), 'errors.connectionNotEnabled'],
  ]
  for (const [collector, key] of cases) {
    const problem = connectionProblemOf(collector)
    expect(problem && errorKeyOf(problem).key, `${collector.reason} ${collector.cause}`).toBe(key)
  }
})

test('a pause for another reason, or no pause, is not a connection problem', () => {
  expect(connectionProblemOf(paused('lucca-rate-limit'))).toBeNull()
  expect(connectionProblemOf(paused('upstream-error', 'refused'))).toBeNull()
  expect(connectionProblemOf(paused('database-unavailable'))).toBeNull()
  expect(
    connectionProblemOf({ state: 'up-to-date', updatedAt: null, progress: null, reason: null, cause: null }),
  ).toBeNull()
})
