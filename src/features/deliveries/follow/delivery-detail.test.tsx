import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, expect, test } from 'vitest'
import type { WebhookDelivery, WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { aDelivery, anAttempt, anEvent, aProblem } from '../../../test/lucca-fixtures'
import { fakeNetwork, lucca, notInHistory } from '../../../test/network'
import { render } from '../../../test/render'
import { useRedeliver } from '../delivery-mutations'
import { DeliveryDetail } from './delivery-detail'

const event = anEvent({ id: '31', topic: 'test.created', data: { id: '31', type: 'test', message: 'hello' } })
const delivery = (fields: Partial<WebhookDelivery>) =>
  aDelivery({ id: 'd-1', event: { id: '31', type: 'event', url: event.url }, ...fields })
const attempt = (id: string, code: number, body: string) =>
  anAttempt({ id, deliveryId: 'd-1', code, errorResponseBody: body })

/** Lucca's answer to the attempts of d-1, with the delivery and its event embedded. */
function attemptsOf(items: WebhookDeliveryAttempt[], current: WebhookDelivery | null) {
  return lucca.get('/lucca-api/webhook-delivery-attempts', ({ response }) =>
    response(200).json({
      type: 'webhook-delivery-attempts',
      url: 'http://localhost/lucca-api/webhook-delivery-attempts',
      items,
      embedded: { 'webhook-delivery': current ? { 'd-1': current } : {}, event: { '31': event } },
    }),
  )
}
const deliveryIs = (current: WebhookDelivery) =>
  lucca.get('/lucca-api/webhook-deliveries/{id}', ({ response }) =>
    response(200).json({ ...current, embedded: { event: { '31': event } } }),
  )

afterEach(() => i18next.changeLanguage('en'))

test('a failing delivery shows its attempt, the diagnosis and the next attempt, then the retry without a reload', async () => {
  const soon = () => new Date(Date.now() + 300).toISOString()
  const failed = attempt('1', 500, 'database is down')
  let looks = 0
  const network = fakeNetwork(
    notInHistory(),
    deliveryIs(delivery({ nextAttemptAt: new Date().toISOString() })),
    lucca.get('/lucca-api/webhook-delivery-attempts', ({ response }) => {
      looks += 1
      const [items, current] =
        looks === 1
          ? [[failed], delivery({ attemptsCount: 1, nextAttemptAt: soon() })]
          : [[failed, attempt('2', 202, '')], delivery({ status: 'delivered', attemptsCount: 2 })]
      return response(200).json({
        type: 'webhook-delivery-attempts',
        url: 'http://localhost/lucca-api/webhook-delivery-attempts',
        items,
        embedded: { 'webhook-delivery': { 'd-1': current }, event: { '31': event } },
      })
    }),
  )
  render(<DeliveryDetail address="d-1" />)

  expect(await screen.findByText(/Attempt 1 failed\. Next attempt at/)).toBeTruthy()
  expect(screen.getByText('Your receiver ran into an error')).toBeTruthy()
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
  fakeNetwork(
    notInHistory(),
    deliveryIs(delivery({})),
    attemptsOf([attempt('1', 404, 'Not Found')], delivery({ status: 'failed', attemptsCount: 1 })),
  )
  render(
    <DeliveryDetail
      address="d-1"
      endpointStatus="suspended"
      reactivate={<button type="button">Réactiver le point de terminaison</button>}
    />,
  )
  expect(await screen.findByText('L’adresse du serveur récepteur n’existe pas')).toBeTruthy()
  expect(screen.getByText(/Réactivez le point de terminaison/)).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Réactiver le point de terminaison' })).toBeTruthy()
  expect(screen.getByText(/Échec après 1 tentative\./)).toBeTruthy()
})

test('an unknown delivery shows the shared error panel', async () => {
  fakeNetwork(
    notInHistory(),
    lucca.get('/lucca-api/webhook-deliveries/{id}', ({ response }) =>
      response(404).json(aProblem(404, { title: 'Not Found' })),
    ),
    attemptsOf([], null),
  )
  render(<DeliveryDetail address="d-1" />)
  expect(await screen.findByRole('alert')).toBeTruthy()
})

test('a delivery already final in the POST answer is shown whole: its attempts and its event are read', async () => {
  const final = delivery({ status: 'delivered', attemptsCount: 2 })
  fakeNetwork(
    notInHistory(),
    lucca.post('/lucca-api/webhook-deliveries', ({ response }) => response(202).json(final)),
    deliveryIs(final),
    attemptsOf([attempt('1', 500, 'busy'), attempt('2', 202, '')], final),
    lucca.get('/lucca-api/events/{id}', ({ response }) => response(200).json(event)),
  )
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
  const failed = delivery({ status: 'failed', attemptsCount: 5 })
  const attempts = ['1', '2', '3', '4', '5'].map((id) => attempt(id, 500, 'database is down'))
  fakeNetwork(notInHistory(), deliveryIs(failed), attemptsOf(attempts, failed))
  const user = userEvent.setup()
  render(<DeliveryDetail address="d-1" />)

  expect(
    await screen.findByText(/Failed after 5 attempts\. Lucca will not try again on its own\./),
  ).toBeTruthy()
  expect(await screen.findByText('Your receiver ran into an error')).toBeTruthy()
  // Nothing on the page may promise another attempt, or speak of the first one as still to come.
  expect(document.body.textContent).not.toMatch(/retries later|keeps retrying|first attempt shortly/i)
  expect(screen.getByText('Attempts 1–5: HTTP 500')).toBeTruthy()
  expect(screen.queryByText('Attempt 3')).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Show each attempt' }))
  expect(screen.getByText('Attempt 3')).toBeTruthy()
})
