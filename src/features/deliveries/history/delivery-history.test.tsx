import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import type { WebhookDelivery } from '../../../lib/lucca-client'
import { aDelivery, anEvent } from '../../../test/lucca-fixtures'
import { fakeNetwork, lucca } from '../../../test/network'
import { render } from '../../../test/render'
import { DeliveryHistory } from './delivery-history'

const base = 'http://localhost/lucca-api'
const row = (id: string, endpointId: string, status: WebhookDelivery['status'], eventId: string) =>
  aDelivery({
    id,
    status,
    attemptsCount: 1,
    event: { id: eventId, type: 'event', url: `${base}/events/${eventId}` },
    webhookEndpoint: {
      id: endpointId,
      type: 'webhook-endpoint',
      url: `${base}/webhook-endpoints/${endpointId}`,
    },
  })
const event = (id: string, topic: string) =>
  anEvent({ id, topic, occurredAt: '2026-03-10T10:00:00Z', data: {} })

test('filters come from the URL, are sent to Lucca and applied again; paging follows the cursors', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    lucca.get('/lucca-api/webhook-deliveries', ({ request, response }) =>
      response(200).json({
        type: 'webhook-deliveries',
        url: `${base}/webhook-deliveries`,
        // As if Lucca ignored the emulator-only filters: other endpoints and statuses come back too.
        items: [
          row('d1', '7', 'failed', 'e1'),
          row('d2', '8', 'failed', 'e2'),
          row('d3', '7', 'delivered', 'e3'),
        ],
        embedded: {
          event: {
            e1: event('e1', 'employee.created'),
            e2: event('e2', 'leave.created'),
            e3: event('e3', 'job-position.updated'),
          },
        },
        links: {
          prev: null,
          next: new URL(request.url).searchParams.get('page')
            ? null
            : { href: `${base}/webhook-deliveries?page=!next` },
        },
      }),
    ),
  )
  const { router } = render(<DeliveryHistory endpointId="7" />, {
    path: '/endpoints/7/deliveries?status=failed',
  })

  expect(await screen.findByRole('link', { name: 'employee.created' })).toBeTruthy()
  expect(screen.queryByRole('link', { name: 'leave.created' })).toBeNull()
  expect(screen.queryByRole('link', { name: 'job-position.updated' })).toBeNull()
  expect(network.requests[0]?.search.get('status')).toBe('failed')
  expect(network.requests[0]?.search.get('webhookEndpoint.id')).toBe('7')

  await user.click(screen.getByRole('button', { name: 'Older' }))
  expect(router.state.location.search).toBe('?status=failed&page=%21next')
  await waitFor(() => expect(network.requests.at(-1)?.search.get('page')).toBe('!next'))

  await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '')
  expect(router.state.location.search).toBe('') // a new filter starts again from the first page
})
