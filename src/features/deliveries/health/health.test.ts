import { expect, test } from 'vitest'
import type { LuccaEvent, WebhookDelivery } from '../../../lib/lucca-client'
import { healthOf } from './health'

function delivery(
  id: string,
  endpointId: string,
  status: WebhookDelivery['status'],
  attemptsCount = 1,
): WebhookDelivery {
  return {
    id,
    type: 'webhook-delivery',
    url: `http://lucca/lucca-api/webhook-deliveries/${id}`,
    status,
    attemptsCount,
    nextAttemptAt: null,
    event: { id: `event-${id}` },
    webhookEndpoint: { id: endpointId },
  }
}
function event(id: string, occurredAt: string): LuccaEvent {
  return {
    id,
    type: 'event',
    url: `http://lucca/lucca-api/events/${id}`,
    topic: 'employee.created',
    occurredAt,
    source: 'http://lucca',
    data: {},
  }
}

test("an endpoint's health counts only its own attempted deliveries", () => {
  const health = healthOf(
    {
      items: [
        delivery('1', 'a', 'delivered'),
        delivery('2', 'a', 'failed', 5),
        delivery('3', 'a', 'undelivered', 2),
        delivery('4', 'a', 'undelivered', 0), // not attempted yet: says nothing
        delivery('5', 'b', 'failed'),
        delivery('6', 'a', 'delivered'),
      ],
      events: {
        'event-2': event('event-2', '2026-01-01T10:00:00Z'),
        'event-3': event('event-3', '2026-01-02T10:00:00Z'),
      },
    },
    'a',
  )
  expect(health).toEqual({
    considered: 4,
    delivered: 2,
    successRate: 0.5,
    lastFailureAt: '2026-01-02T10:00:00Z',
    hasFailure: true,
  })
})

test('an endpoint without recent deliveries has no rate rather than 0 %', () => {
  expect(healthOf({ items: [delivery('1', 'b', 'delivered')], events: {} }, 'a').successRate).toBeNull()
})
