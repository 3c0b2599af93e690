import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { fakeNetwork, json, problem } from '../../test/fake-network'
import { render } from '../../test/render'
import { SendTestButton } from './send-test-button'

const delivery = (status: string, attemptsCount: number) => ({
  id: 'd1',
  type: 'webhook-delivery',
  url: 'http://lucca/lucca-api/webhook-deliveries/d1',
  status,
  attemptsCount,
  nextAttemptAt: null,
  event: { id: 'e1' },
  webhookEndpoint: { id: '7' },
})
const failedAttempt = {
  id: '1',
  type: 'webhook-delivery-attempt',
  url: 'x',
  webhookDelivery: { id: 'd1' },
  isSuccessful: false,
  responseStatusCode: 500,
  errorResponseBody: 'boom',
  createdAt: '2026-01-01T00:00:00Z',
}

test('a test delivery is followed until it fails, then says what the receiver answered', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  let looks = 0
  const network = fakeNetwork({
    // Lucca's newer pages answer 202 with a queued delivery.
    'POST /lucca-api/webhook-deliveries': () => json(delivery('undelivered', 0), { status: 202 }),
    'GET /lucca-api/webhook-delivery-attempts': () => {
      looks += 1
      const current = looks < 2 ? delivery('undelivered', 0) : delivery('failed', 1)
      return json({
        type: 'webhook-delivery-attempts',
        url: 'x',
        items: looks < 2 ? [] : [failedAttempt],
        embedded: { 'webhook-delivery': { d1: current } },
      })
    },
  })
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
  fakeNetwork({
    'POST /lucca-api/webhook-deliveries': () => json(delivery('undelivered', 0), { status: 201 }),
    'GET /lucca-api/webhook-delivery-attempts': () => problem(500, { title: 'Internal error' }),
  })
  render(<SendTestButton endpointId="7" follow="inline" />)
  await user.click(screen.getByRole('button', { name: 'Send test' }))

  expect(await screen.findByText('Sent; its progress could not be read', {}, { timeout: 4000 })).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Details' }).getAttribute('href')).toBe('/deliveries/d1')
  expect(screen.queryByText('Not sent')).toBeNull()
})

test('an endpoint that is not active gets no test, and the button says why', async () => {
  fakeNetwork({})
  render(<SendTestButton endpointId="7" follow="inline" endpointStatus="suspended" />)
  expect((await screen.findByRole('button', { name: 'Send test' })).hasAttribute('disabled')).toBe(true)
})
