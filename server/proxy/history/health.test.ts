import { expect, test } from 'vitest'
import { EndpointHealthSchema } from '../../../contract/console-history-api.ts'
import { healthOf, type HealthFigures } from './health.ts'

const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 12, minute))
const none: HealthFigures = {
  delivered: 0,
  failed: 0,
  retrying: 0,
  lastDeliveryAt: null,
  lastFailedAt: null,
  lastFailureAt: null,
  lastFailureCode: null,
}
const stateOf = (figures: Partial<HealthFigures>) => healthOf({ ...none, ...figures }).state

test('nothing attempted in 7 days is quiet, with no success rate', () => {
  expect(healthOf(none)).toMatchObject({ state: 'quiet', successRate: null })
})

test('all delivered is healthy; some failed or retrying is degraded', () => {
  expect(stateOf({ delivered: 10, lastDeliveryAt: at(5) })).toBe('healthy')
  expect(stateOf({ delivered: 9, failed: 1, lastDeliveryAt: at(5), lastFailedAt: at(4) })).toBe('degraded')
  expect(stateOf({ delivered: 9, retrying: 1, lastDeliveryAt: at(5) })).toBe('degraded')
})

test('the latest finished delivery failing, or fewer than half delivered, is failing', () => {
  expect(stateOf({ delivered: 9, failed: 1, lastDeliveryAt: at(4), lastFailedAt: at(5) })).toBe('failing')
  expect(stateOf({ failed: 1, lastFailedAt: at(5) })).toBe('failing')
  expect(stateOf({ delivered: 4, retrying: 5, lastDeliveryAt: at(5) })).toBe('failing')
  // Exactly half is not fewer than half.
  expect(stateOf({ delivered: 5, retrying: 5, lastDeliveryAt: at(5) })).toBe('degraded')
})

test('figures are given as the contract names them', () => {
  const health = healthOf({
    ...none,
    delivered: 3,
    failed: 1,
    lastDeliveryAt: at(5),
    lastFailedAt: at(1),
    lastFailureAt: at(3),
    lastFailureCode: 503,
  })
  expect(EndpointHealthSchema.parse(health)).toEqual({
    state: 'degraded',
    delivered: 3,
    failed: 1,
    retrying: 0,
    successRate: 0.75,
    lastDeliveryAt: '2026-01-10T12:05:00.000Z',
    lastFailureAt: '2026-01-10T12:03:00.000Z',
    lastFailureCode: 503,
  })
})
