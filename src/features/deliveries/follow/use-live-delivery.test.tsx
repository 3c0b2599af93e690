import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import type { DeliveryDetail as RecordedDelivery } from '../../../../contract/console-history-api'
import { streamStateKey, type StreamState } from '../../../lib/live-updates'
import type { WebhookDelivery, WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { aDelivery, anAttempt, anEvent } from '../../../test/lucca-fixtures'
import { fakeNetwork, lucca, notInHistory, problem } from '../../../test/network'
import { render } from '../../../test/render'
import { deliveryQueries } from '../deliveries-api'
import { DeliveryDetail } from './delivery-detail'

// How a tab follows one delivery (issue 14): from the console's history while its stream is live, so that
// five tabs cost Lucca what one does; live at Lucca, as before, when the history has no copy yet or the
// stream is down.

const event = anEvent({ id: '31', topic: 'test.created' })
const url = 'http://localhost/lucca-api/webhook-deliveries/d-1'
const delivery = (fields: Partial<WebhookDelivery>) =>
  aDelivery({ id: 'd-1', url, event: { id: '31', type: 'event', url: event.url }, ...fields })
const failed = anAttempt({ id: '1', deliveryId: 'd-1', code: 500, errorResponseBody: 'database is down' })
const delivered = anAttempt({ id: '2', deliveryId: 'd-1', code: 202 })
const retrying = delivery({ attemptsCount: 1, nextAttemptAt: new Date(Date.now() + 60_000).toISOString() })
const done = delivery({ status: 'delivered', attemptsCount: 2 })
const recorded = (current: WebhookDelivery, attempts: WebhookDeliveryAttempt[]): RecordedDelivery => ({
  delivery: current,
  attempts,
  event,
  endpoint: null,
})

function openWith(stream: StreamState) {
  const view = render(<DeliveryDetail address="d-1" />)
  view.queryClient.setQueryData(streamStateKey, stream)
  return view
}
const eventIs = () => lucca.get('/lucca-api/events/{id}', ({ response }) => response(200).json(event))
const luccaCalls = (requests: { path: string }[]) => requests.filter((r) => r.path.startsWith('/lucca-api/'))

test('with the stream live, a delivery the history holds costs Lucca nothing: the server follows it', async () => {
  let held = recorded(retrying, [failed])
  const network = fakeNetwork(
    http.get('*/api/history/deliveries/d-1', () => HttpResponse.json(held)),
    http.post('*/api/history/follows', () => new HttpResponse(null, { status: 204 })),
  )
  const { queryClient } = openWith('live')

  expect(await screen.findByText(/Attempt 1 failed\. Next attempt at/)).toBeTruthy()
  expect(await screen.findByText('database is down')).toBeTruthy()
  await waitFor(() =>
    expect(network.requests.find((r) => r.path === '/api/history/follows')?.body).toEqual({ id: 'd-1', url }),
  )

  // The stream says it changed: this tab reads the history again, not Lucca.
  held = recorded(done, [failed, delivered])
  await queryClient.invalidateQueries({ queryKey: deliveryQueries.recordingsOf('d-1') })
  expect(await screen.findByText('Delivered on attempt 2.')).toBeTruthy()
  expect(luccaCalls(network.requests)).toEqual([])
})

test('a delivery the history has no copy of yet is followed at Lucca, until the server has it', async () => {
  let inHistory = false
  let looks = 0
  const network = fakeNetwork(
    http.get('*/api/history/deliveries/d-1', () =>
      inHistory ? HttpResponse.json(recorded(done, [failed, delivered])) : problem(404),
    ),
    http.post('*/api/history/follows', () => {
      inHistory = true // the server read it at once
      return new HttpResponse(null, { status: 204 })
    }),
    lucca.get('/lucca-api/webhook-deliveries/{id}', ({ response }) => response(200).json(retrying)),
    lucca.get('/lucca-api/webhook-delivery-attempts', ({ response }) => {
      looks += 1
      return response(200).json({
        type: 'webhook-delivery-attempts',
        url: 'x',
        items: inHistory ? [failed, delivered] : [failed],
        embedded: { 'webhook-delivery': { 'd-1': inHistory ? done : retrying } },
      })
    }),
  )
  openWith('live')

  expect(await screen.findByText(/Attempt 1 failed\. Next attempt at/)).toBeTruthy()
  expect(looks).toBeGreaterThan(0) // read live, as before the history
  // Registered, the follow has the server read it: the history's copy is read, and Lucca's no more.
  expect(await screen.findByText('Delivered on attempt 2.')).toBeTruthy()
  expect(
    network.requests.filter((r) => r.path === '/api/history/deliveries/d-1').length,
  ).toBeGreaterThanOrEqual(2)
  const follows = network.requests.filter((r) => r.path === '/api/history/follows')
  expect(follows).toHaveLength(1)
  const calls = luccaCalls(network.requests).length
  await new Promise((resolve) => setTimeout(resolve, 2_000))
  expect(luccaCalls(network.requests)).toHaveLength(calls) // final, and from the history: nothing more
})

test('with the stream down, nothing asks the server to follow, and the delivery is followed at Lucca', async () => {
  let looks = 0
  const network = fakeNetwork(
    notInHistory(),
    eventIs(),
    http.post('*/api/history/follows', () => new HttpResponse(null, { status: 204 })),
    lucca.get('/lucca-api/webhook-deliveries/{id}', ({ response }) => response(200).json(retrying)),
    lucca.get('/lucca-api/webhook-delivery-attempts', ({ response }) => {
      looks += 1
      const current = looks === 1 ? retrying : done
      return response(200).json({
        type: 'webhook-delivery-attempts',
        url: 'x',
        items: looks === 1 ? [failed] : [failed, delivered],
        embedded: { 'webhook-delivery': { 'd-1': current } },
      })
    }),
  )
  const { queryClient } = openWith('down')
  expect(await screen.findByText(/Attempt 1 failed\. Next attempt at/)).toBeTruthy()
  await queryClient.refetchQueries({ queryKey: deliveryQueries.attempts(retrying).queryKey })
  expect(await screen.findByText('Delivered on attempt 2.')).toBeTruthy()
  expect(network.requests.some((r) => r.path === '/api/history/follows')).toBe(false)
})

test('a copy at another address is not taken for this delivery (a url need not end with its id)', async () => {
  fakeNetwork(
    http.get('*/api/history/deliveries/d-1', () =>
      HttpResponse.json(
        recorded({ ...done, url: 'http://localhost/lucca-api/webhook-deliveries/other' }, []),
      ),
    ),
    lucca.get('/lucca-api/webhook-deliveries/{id}', ({ response }) => response(200).json(retrying)),
    eventIs(),
    lucca.get('/lucca-api/webhook-delivery-attempts', ({ response }) =>
      response(200).json({ type: 'webhook-delivery-attempts', url: 'x', items: [failed] }),
    ),
  )
  openWith('connecting')
  expect(await screen.findByText(/Attempt 1 failed\. Next attempt at/)).toBeTruthy()
  expect(screen.queryByText('Delivered on attempt 2.')).toBeNull()
})
