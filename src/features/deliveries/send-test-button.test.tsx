import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { fakeNetwork, json } from '../../test/fake-network'
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

test('a test delivery is followed until it fails, then says what the receiver answered', async () => {
  const user = userEvent.setup()
  let polls = 0
  const network = fakeNetwork({
    // Lucca's newer pages answer 202 with a queued delivery.
    'POST /lucca-api/webhook-deliveries': () => json(delivery('undelivered', 0), { status: 202 }),
    'GET /lucca-api/webhook-deliveries/d1': () => {
      polls += 1
      return json(polls < 2 ? delivery('undelivered', 0) : delivery('failed', 1))
    },
    'GET /lucca-api/webhook-delivery-attempts': () =>
      json({
        type: 'webhook-delivery-attempts',
        url: 'x',
        items: [
          {
            id: '1',
            type: 'webhook-delivery-attempt',
            url: 'x',
            webhookDelivery: { id: 'd1' },
            isSuccessful: false,
            responseStatusCode: 500,
            errorResponseBody: 'boom',
            createdAt: '2026-01-01T00:00:00Z',
          },
        ],
      }),
  })
  render(<SendTestButton endpointId="7" disabledReason={null} />)
  await user.click(screen.getByRole('button', { name: 'Send test' }))

  expect(await screen.findByText('Sending…')).toBeTruthy()
  expect(await screen.findByText('Failed', {}, { timeout: 4000 })).toBeTruthy()
  expect(await screen.findByText('The receiver answered HTTP 500.')).toBeTruthy()
  expect(network.requests[0]?.body).toEqual({ webhookEndpoint: { id: '7' } })
  const pollsWhenFinal = polls
  await new Promise((resolve) => setTimeout(resolve, 1500))
  expect(polls).toBe(pollsWhenFinal) // a final delivery is not polled again
})

test('a test Lucca accepted is never called "not sent" when only reading its progress fails', async () => {
  const user = userEvent.setup()
  fakeNetwork({
    'POST /lucca-api/webhook-deliveries': () => json(delivery('undelivered', 0), { status: 202 }),
    'GET /lucca-api/webhook-deliveries/d1': () =>
      json({ type: 'about:blank', title: 'Internal error', status: 500 }, { status: 500 }),
  })
  render(<SendTestButton endpointId="7" disabledReason={null} />)
  await user.click(screen.getByRole('button', { name: 'Send test' }))

  expect(await screen.findByText('Sent; its progress could not be read')).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Details' }).getAttribute('href')).toBe('/deliveries/d1')
  expect(screen.queryByText('Not sent')).toBeNull()
})
