import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import type { DeliveryRow } from '../../../../contract/console-history-api'
import { fakeNetwork } from '../../../test/network'
import { render } from '../../../test/render'
import { ResendAllButton } from './resend-all'

const row = (id: string, eventId: string, fields: Partial<DeliveryRow> = {}): DeliveryRow => ({
  id,
  url: `http://localhost/lucca-api/webhook-deliveries/${id}`,
  endpointId: '26',
  endpointName: 'Payroll sync',
  endpointWebhookUrl: 'https://paie.example.com/in',
  endpointDeleted: false,
  eventId,
  topic: 'employee.updated',
  resourceId: null,
  status: 'failed',
  attemptsCount: 5,
  nextAttemptAt: null,
  createdAt: new Date(Date.now() - 3_600_000).toISOString(),
  lastAttemptAt: new Date().toISOString(),
  lastStatusCode: 500,
  deliveredAt: null,
  ...fields,
})

test('"Resend all failed" counts as the recovery does, from the history only, and opens the recovery on that window', async () => {
  const network = fakeNetwork(
    http.get('*/api/history/deliveries', ({ request }) =>
      new URL(request.url).searchParams.get('cursor')
        ? HttpResponse.json({ items: [row('d5', 'e4', { status: 'undelivered' })], next: null })
        : HttpResponse.json({
            items: [
              row('d1', 'e1'),
              row('d2', 'e1'), // redelivered once already, failed again: one event
              row('d3', 'e2'),
              row('d4', 'e2', { status: 'delivered' }), // a later redelivery succeeded
              row('d6', 'e3', { status: 'undelivered', nextAttemptAt: new Date().toISOString() }), // retried
            ],
            next: 'c2',
          }),
    ),
  )
  render(<ResendAllButton endpointId="26" address="payroll-26" />)
  const link = await screen.findByRole('link', { name: 'Redeliver the 2 failed deliveries' })
  const from = Number(new URL(link.getAttribute('href') ?? '', 'http://x').searchParams.get('from'))
  expect(link.getAttribute('href')).toBe(`/endpoints/payroll-26/recover?from=${from}`)
  expect(Date.now() - from).toBeGreaterThan(7 * 24 * 3_600_000 - 60_000)
  // Both pages of the console's history, filtered by the endpoint and the window: nothing asked of Lucca.
  expect(network.requests.map((request) => request.path)).toEqual([
    '/api/history/deliveries',
    '/api/history/deliveries',
  ])
  expect(network.requests[0]?.search.get('endpoint')).toBe('26')
  expect(network.requests[0]?.search.get('from')).toBe(new Date(from).toISOString())
})

test('nothing to resend, no button', async () => {
  fakeNetwork(
    http.get('*/api/history/deliveries', () =>
      HttpResponse.json({ items: [row('d1', 'e1', { status: 'delivered' })], next: null }),
    ),
  )
  const { queryClient } = render(<ResendAllButton endpointId="26" address="26" />)
  await expect.poll(() => queryClient.isFetching()).toBe(0)
  expect(screen.queryByRole('link')).toBeNull()
})
