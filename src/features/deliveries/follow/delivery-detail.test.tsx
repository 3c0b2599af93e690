import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, expect, test } from 'vitest'
import { fakeNetwork, json, problem } from '../../../test/fake-network'
import { render } from '../../../test/render'
import { DeliveryDetail } from './delivery-detail'
import { useRedeliver } from '../delivery-mutations'

const base = 'http://localhost/lucca-api'
const event = {
  id: '31',
  type: 'event',
  url: `${base}/events/31`,
  topic: 'test.created',
  occurredAt: new Date().toISOString(),
  source: 'http://localhost',
  data: { id: '31', type: 'test', message: 'hello' },
}
function delivery(status: 'undelivered' | 'delivered', attemptsCount: number, nextAttemptAt: string | null) {
  return {
    id: 'd-1',
    type: 'webhook-delivery',
    url: `${base}/webhook-deliveries/d-1`,
    status,
    attemptsCount,
    nextAttemptAt,
    event: { id: '31', type: 'event', url: event.url },
    webhookEndpoint: { id: '7', type: 'webhook-endpoint', url: `${base}/webhook-endpoints/7` },
  }
}
function attempt(id: string, code: number, body: string) {
  return {
    id,
    type: 'webhook-delivery-attempt',
    url: `${base}/webhook-delivery-attempts/${id}`,
    signature: 'c2lnbmF0dXJl',
    webhookDelivery: { id: 'd-1', type: 'webhook-delivery', url: `${base}/webhook-deliveries/d-1` },
    isSuccessful: code < 300,
    responseStatusCode: code,
    errorResponseBody: body,
    createdAt: new Date().toISOString(),
  }
}
const attemptsPage = (items: unknown[], current: unknown) => ({
  type: 'webhook-delivery-attempts',
  url: `${base}/webhook-delivery-attempts`,
  items,
  embedded: { 'webhook-delivery': { 'd-1': current }, event: { '31': event } },
})

afterEach(() => i18next.changeLanguage('en'))

test('a failing delivery shows its attempt, the diagnosis and the next attempt, then the retry without a reload', async () => {
  const soon = () => new Date(Date.now() + 300).toISOString()
  const failed = attempt('1', 500, 'database is down')
  let looks = 0
  const network = fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d-1': () =>
      json({ ...delivery('undelivered', 0, new Date().toISOString()), embedded: { event: { '31': event } } }),
    'GET /lucca-api/webhook-delivery-attempts': () => {
      looks += 1
      return looks === 1
        ? json(attemptsPage([failed], delivery('undelivered', 1, soon())))
        : json(attemptsPage([failed, attempt('2', 202, '')], delivery('delivered', 2, null)))
    },
  })
  render(<DeliveryDetail address="d-1" />)

  expect(await screen.findByText(/Attempt 1 failed\. Next attempt at/)).toBeTruthy()
  expect(screen.getByText('Your receiver had an error (5xx)')).toBeTruthy()
  expect(screen.getByText('database is down')).toBeTruthy()
  expect(await screen.findByText('Delivered on attempt 2.', {}, { timeout: 6000 })).toBeTruthy()
  // Each look was one call, and none is made once the delivery is final.
  const attemptCalls = network.requests.filter((r) => r.path.endsWith('/webhook-delivery-attempts'))
  expect(attemptCalls).toHaveLength(2)
  expect(attemptCalls[0]?.search.get('webhookDelivery.id')).toBe('d-1')
  expect(attemptCalls[0]?.search.get('include')).toBe('embedded')
})

test('a 404 is explained in French, with the fix', async () => {
  await i18next.changeLanguage('fr')
  fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d-1': () => json(delivery('undelivered', 0, null)),
    'GET /lucca-api/webhook-delivery-attempts': () =>
      json(
        attemptsPage([attempt('1', 404, 'Not Found')], {
          ...delivery('undelivered', 1, null),
          status: 'failed',
        }),
      ),
  })
  render(
    <DeliveryDetail
      address="d-1"
      endpointStatus="suspended"
      reactivate={<button type="button">Réactiver le point de terminaison</button>}
    />,
  )
  expect(await screen.findByText('L’URL de réception n’existe pas (404/410)')).toBeTruthy()
  expect(screen.getByText(/Réactivez le point de terminaison/)).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Réactiver le point de terminaison' })).toBeTruthy()
  expect(screen.getByText(/Échec après 1 tentative\./)).toBeTruthy()
})

test('an unknown delivery shows the shared error panel', async () => {
  fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d-1': () => problem(404, { title: 'Not Found' }),
    'GET /lucca-api/webhook-delivery-attempts': () => json(attemptsPage([], null)),
  })
  render(<DeliveryDetail address="d-1" />)
  expect(await screen.findByRole('alert')).toBeTruthy()
})

test('a delivery already final in the POST answer is shown whole: its attempts and its event are read', async () => {
  const final = { ...delivery('delivered', 2, null), id: 'd-1' }
  fakeNetwork({
    'POST /lucca-api/webhook-deliveries': () => json(final, { status: 201 }),
    'GET /lucca-api/webhook-deliveries/d-1': () => json({ ...final, embedded: { event: { '31': event } } }),
    'GET /lucca-api/webhook-delivery-attempts': () =>
      json(attemptsPage([attempt('1', 500, 'busy'), attempt('2', 202, '')], final)),
    'GET /lucca-api/events/31': () => json(event),
  })
  const user = userEvent.setup()
  render(<RedeliverThenOpen />)
  await user.click(screen.getByRole('button', { name: 'Redeliver' }))

  expect(await screen.findByText('Delivered on attempt 2.')).toBeTruthy()
  expect(await screen.findByText('Attempt 2')).toBeTruthy()
  expect(screen.queryByText('No attempt yet.')).toBeNull()
  expect(await screen.findByText(/"message": "hello"/)).toBeTruthy()
  expect(screen.queryByText(/The event could not be read/)).toBeNull()
})

function RedeliverThenOpen() {
  const redeliver = useRedeliver()
  if (redeliver.data) return <DeliveryDetail address={redeliver.data.id} />
  return (
    <button type="button" onClick={() => redeliver.mutate({ endpointId: '7', eventId: '31' })}>
      Redeliver
    </button>
  )
}

test('a delivery that failed for good says so everywhere, and its identical attempts are grouped', async () => {
  const failed = { ...delivery('undelivered', 5, null), status: 'failed' }
  const attempts = ['1', '2', '3', '4', '5'].map((id) => attempt(id, 500, 'database is down'))
  fakeNetwork({
    'GET /lucca-api/webhook-deliveries/d-1': () => json({ ...failed, embedded: { event: { '31': event } } }),
    'GET /lucca-api/webhook-delivery-attempts': () => json(attemptsPage(attempts, failed)),
  })
  const user = userEvent.setup()
  render(<DeliveryDetail address="d-1" />)

  expect(
    await screen.findByText(/Failed after 5 attempts\. Lucca will not try again on its own\./),
  ).toBeTruthy()
  expect(await screen.findByText('Your receiver had an error (5xx)')).toBeTruthy()
  // Nothing on the page may promise another attempt, or speak of the first one as still to come.
  expect(document.body.textContent).not.toMatch(/retries later|keeps retrying|first attempt shortly/i)
  expect(screen.getByText('Attempts 1–5: HTTP 500')).toBeTruthy()
  expect(screen.queryByText('Attempt 3')).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Show each attempt' }))
  expect(screen.getByText('Attempt 3')).toBeTruthy()
})
