import { QueryClient } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import type { LuccaEvent, WebhookDelivery } from '../../lib/lucca-client'
import { fakeNetwork, lucca } from '../../test/network'
import { deliveryQueries } from './deliveries-api'

const base = 'http://localhost/lucca-api'
const delivery = {
  id: 'd1',
  type: 'webhook-delivery',
  url: `${base}/webhook-deliveries/d1`,
  status: 'delivered',
  attemptsCount: 1,
  nextAttemptAt: null,
  event: { id: 'e1', url: `${base}/events/e1` },
  webhookEndpoint: { id: '7' },
} satisfies WebhookDelivery
const event = {
  id: 'e1',
  type: 'event',
  url: `${base}/events/e1`,
  apiVersion: '2024-11-01',
  topic: 'employee.created',
  occurredAt: '2026-01-01T00:00:00Z',
  source: 'http://localhost',
  data: { id: '42' },
} satisfies LuccaEvent

// Lucca may embed only part of what `include=embedded` asks for, or nothing (contract: `include`).
test('an embedded event is kept where the event query looks, so it costs no second call', async () => {
  const network = fakeNetwork(
    lucca.get('/lucca-api/webhook-deliveries/{id}', ({ response }) =>
      response(200).json({ ...delivery, embedded: { event: { e1: event } } }),
    ),
  )
  const client = new QueryClient()
  await client.fetchQuery(deliveryQueries.detail({ id: 'd1' }))
  expect(await client.fetchQuery(deliveryQueries.event(delivery.event))).toMatchObject({ id: 'e1' })
  expect(network.requests).toHaveLength(1)
})

test('a delivery without its embedded event has the event read on its own, at its url', async () => {
  const network = fakeNetwork(
    lucca.get('/lucca-api/webhook-deliveries/{id}', ({ response }) => response(200).json(delivery)),
    lucca.get('/lucca-api/events/{id}', ({ response }) => response(200).json(event)),
  )
  const client = new QueryClient()
  const read = await client.fetchQuery(deliveryQueries.detail({ id: 'd1' }))
  expect(await client.fetchQuery(deliveryQueries.event(read.event))).toMatchObject({
    topic: 'employee.created',
  })
  expect(network.requests.map((request) => request.path)).toEqual([
    '/lucca-api/webhook-deliveries/d1',
    '/lucca-api/events/e1',
  ])
})

test('an event past its retention leaves the payload out, not the delivery', async () => {
  fakeNetwork(
    lucca.get('/lucca-api/events/{id}', ({ response }) =>
      response(404).json({ type: 'about:blank', title: 'Not Found', status: 404 }),
    ),
  )
  expect(await new QueryClient().fetchQuery(deliveryQueries.event(delivery.event))).toBeNull()
})

test('a resource is read at its url, never at a path built from its id (contract §12 R3)', async () => {
  const network = fakeNetwork(
    lucca.get('/lucca-api/webhook-deliveries/{id}', ({ params, response }) =>
      params.id === 'opaque-87'
        ? response(200).json({ ...delivery, id: '87' })
        : response(404).json({ type: 'about:blank', title: 'Not Found', status: 404 }),
    ),
  )
  const read = await new QueryClient().fetchQuery(
    deliveryQueries.detail({ id: '87', url: `${base}/webhook-deliveries/opaque-87` }),
  )
  expect(read.id).toBe('87')
  expect(network.requests[0]?.path).toBe('/lucca-api/webhook-deliveries/opaque-87')
})
