import { QueryClient } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import { fakeNetwork, json, problem } from '../../test/fake-network'
import { deliveryQueries } from './deliveries-api'

const delivery = {
  id: 'd1',
  type: 'webhook-delivery',
  url: 'x',
  status: 'delivered',
  attemptsCount: 1,
  nextAttemptAt: null,
  event: { id: 'e1' },
  webhookEndpoint: { id: '7' },
}
const event = { id: 'e1', type: 'event', topic: 'employee.created', data: { id: 42 } }

// Lucca may embed only part of what `include=embedded` asks for, or nothing (README §3.3).
test('a delivery without its embedded event reads the event on its own', async () => {
  const network = fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d1': () => json(delivery),
    'GET /lucca-api/events/e1': () => json(event),
  })
  const result = await new QueryClient().fetchQuery(deliveryQueries.detail('d1'))
  expect(result.event).toMatchObject({ id: 'e1', topic: 'employee.created' })
  expect(network.requests.map((request) => request.path)).toEqual([
    '/lucca-api/webhook-deliveries/d1',
    '/lucca-api/events/e1',
  ])
})

test('an event past its retention leaves the payload out, not the delivery', async () => {
  fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d1': () => json(delivery),
    'GET /lucca-api/events/e1': () => problem(404, { title: 'Not found' }),
  })
  const result = await new QueryClient().fetchQuery(deliveryQueries.detail('d1'))
  expect(result).toMatchObject({ delivery: { id: 'd1', status: 'delivered' }, event: null })
})

test('an embedded event costs no second call', async () => {
  const network = fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d1': () => json({ ...delivery, embedded: { event: { e1: event } } }),
  })
  const result = await new QueryClient().fetchQuery(deliveryQueries.detail('d1'))
  expect(result.event).toMatchObject({ id: 'e1' })
  expect(network.requests).toHaveLength(1)
})
