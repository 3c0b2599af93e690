import { QueryClient } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import { fakeNetwork, json, problem } from '../../test/fake-network'
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
}
const event = {
  id: 'e1',
  type: 'event',
  url: `${base}/events/e1`,
  topic: 'employee.created',
  data: { id: 42 },
}

// Lucca may embed only part of what `include=embedded` asks for, or nothing (contract: `include`).
test('an embedded event is kept where the event query looks, so it costs no second call', async () => {
  const network = fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d1': () => json({ ...delivery, embedded: { event: { e1: event } } }),
  })
  const client = new QueryClient()
  await client.fetchQuery(deliveryQueries.detail({ id: 'd1' }))
  expect(await client.fetchQuery(deliveryQueries.event(delivery.event))).toMatchObject({ id: 'e1' })
  expect(network.requests).toHaveLength(1)
})

test('a delivery without its embedded event has the event read on its own, at its url', async () => {
  const network = fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d1': () => json(delivery),
    'GET /lucca-api/events/e1': () => json(event),
  })
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
  fakeNetwork({ 'GET /lucca-api/events/e1': () => problem(404, { title: 'Not found' }) })
  expect(await new QueryClient().fetchQuery(deliveryQueries.event(delivery.event))).toBeNull()
})

test('a resource is read at its url, never at a path built from its id (contract §12 R3)', async () => {
  const network = fakeNetwork({
    'GET /lucca-api/webhook-deliveries/opaque-87': () => json({ ...delivery, id: '87' }),
  })
  const read = await new QueryClient().fetchQuery(
    deliveryQueries.detail({ id: '87', url: `${base}/webhook-deliveries/opaque-87` }),
  )
  expect(read.id).toBe('87')
  expect(network.requests[0]?.path).toBe('/lucca-api/webhook-deliveries/opaque-87')
})
