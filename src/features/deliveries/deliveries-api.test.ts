import { expect, test } from 'vitest'
import type { WebhookDelivery } from '../../lib/lucca-client'
import { pollInterval } from './deliveries-api'

const now = Date.parse('2026-01-01T12:00:00Z')
function delivery(fields: Partial<WebhookDelivery>): WebhookDelivery {
  return {
    id: 'd',
    type: 'webhook-delivery',
    url: 'http://lucca/d',
    status: 'undelivered',
    attemptsCount: 0,
    nextAttemptAt: null,
    event: { id: 'e' },
    webhookEndpoint: { id: 'w' },
    ...fields,
  }
}

test('a test delivery is looked at soon, then every second until its first attempt, and not once final', () => {
  expect(pollInterval(delivery({}), 1, now)).toBe(600) // the answer to the POST seeded the cache
  expect(pollInterval(delivery({}), 2, now)).toBe(1000)
  expect(pollInterval(delivery({ status: 'delivered', attemptsCount: 1 }), 2, now)).toBe(false)
  expect(pollInterval(delivery({ status: 'failed', attemptsCount: 1 }), 2, now)).toBe(false)
})

test('a retry far in the future is not polled, to spare the account’s request budget', () => {
  expect(pollInterval(delivery({ attemptsCount: 1, nextAttemptAt: '2026-01-01T12:00:30Z' }), 5, now)).toBe(
    3000,
  )
  expect(pollInterval(delivery({ attemptsCount: 2, nextAttemptAt: '2026-01-01T12:10:00Z' }), 5, now)).toBe(
    false,
  )
  expect(pollInterval(delivery({}), 91, now)).toBe(false)
})
