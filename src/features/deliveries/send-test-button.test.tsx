import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse } from 'msw'
import { expect, test, vi } from 'vitest'
import { aDelivery, anAttempt, aProblem } from '../../test/lucca-fixtures'
import { fakeNetwork, lucca, notInHistory } from '../../test/network'
import { render } from '../../test/render'
import { SendTestButton } from './send-test-button'

const queued = aDelivery({ id: 'd1', url: 'http://lucca/lucca-api/webhook-deliveries/d1' })
const failedAttempt = anAttempt({ id: '1', deliveryId: 'd1', code: 500, errorResponseBody: 'boom' })

test('a test delivery is followed until it fails, then says what the receiver answered', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  let looks = 0
  const network = fakeNetwork(
    notInHistory(),
    // Lucca's newer pages answer 202 with a queued delivery.
    lucca.post('/lucca-api/webhook-deliveries', ({ response }) => response(202).json(queued)),
    lucca.get('/lucca-api/webhook-delivery-attempts', ({ response }) => {
      looks += 1
      const current = looks < 2 ? queued : { ...queued, status: 'failed' as const, attemptsCount: 1 }
      return response(200).json({
        type: 'webhook-delivery-attempts',
        url: 'x',
        items: looks < 2 ? [] : [failedAttempt],
        embedded: { 'webhook-delivery': { d1: current } },
      })
    }),
  )
  render(<SendTestButton endpointId="7" follow="inline" />)
  await user.click(screen.getByRole('button', { name: 'Send test' }))

  expect(await screen.findByText('Sending…')).toBeTruthy()
  // No next attempt stated: looked at again after 0.6 s, then after a wait doubling from 1.5 s.
  await vi.advanceTimersByTimeAsync(20_000)
  expect(await screen.findByText('Failed')).toBeTruthy()
  expect(await screen.findByText('The receiver answered HTTP 500.')).toBeTruthy()
  expect(network.requests[0]?.body).toEqual({ webhookEndpoint: { id: '7' } })
  const looksWhenFinal = looks
  await vi.advanceTimersByTimeAsync(60_000)
  expect(looks).toBe(looksWhenFinal) // a final delivery is not looked at again
  vi.useRealTimers()
})

test('a test Lucca accepted is never called "not sent" when only reading its progress fails', async () => {
  const user = userEvent.setup()
  fakeNetwork(
    notInHistory(),
    // The 2024-11-01 file answers 201 where the newer page says 202 (contract §12 R6): both are a delivery.
    lucca.post('/lucca-api/webhook-deliveries', ({ response }) =>
      response.untyped(HttpResponse.json(queued, { status: 201 })),
    ),
    lucca.get('/lucca-api/webhook-delivery-attempts', ({ response }) =>
      response('default').json(aProblem(500, { title: 'Internal error' }), { status: 500 }),
    ),
  )
  render(<SendTestButton endpointId="7" follow="inline" />)
  await user.click(screen.getByRole('button', { name: 'Send test' }))

  expect(await screen.findByText('Sent; its progress could not be read', {}, { timeout: 4000 })).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Details' }).getAttribute('href')).toBe('/deliveries/d1')
  expect(screen.queryByText('Not sent')).toBeNull()
})

test('an endpoint that is not active gets no test, and the button says why', async () => {
  fakeNetwork()
  render(<SendTestButton endpointId="7" follow="inline" endpointStatus="suspended" />)
  expect((await screen.findByRole('button', { name: 'Send test' })).hasAttribute('disabled')).toBe(true)
})
