import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'
import { expect, test } from 'vitest'
import type { EndpointNotesView } from '../../../contract/console-notes-api'
import type { Session } from '../../../contract/console-api'
import type { DeliveriesPage, EndpointOverview } from '../../../contract/console-history-api'
import { anEndpointSummary } from '../../test/history-fixtures'
import { anAttempt, anEndpoint } from '../../test/lucca-fixtures'
import { fakeNetwork, lucca, problem, signedInAs } from '../../test/network'
import { render } from '../../test/render'
import { EndpointPage } from './endpoint-page'

const viewer: Session = {
  user: { username: 'vic', role: 'viewer' },
  accounts: [
    {
      id: 'sandbox',
      label: 'Acme sandbox',
      environment: 'sandbox',
      apiHost: 'https://acme.ilucca-sandbox.net',
      allowsPrivateReceivers: false,
      testReceiverUrl: null,
    },
  ],
  activeAccountId: 'sandbox',
}
const notes: EndpointNotesView = {
  description: 'Payroll feed',
  ownerName: 'Jeanne Martin',
  ownerEmail: 'jeanne@paie.example',
  notes: null,
  updatedAt: '2026-11-30T09:15:00.000Z',
  updatedBy: 'olga',
}

test('the detail page reads the console notes once, by the endpoint’s id, not by its address', async () => {
  // Lucca may give a resource a `url` whose last segment is not its id (contract §12 R3): the page is
  // addressed by that segment, the notes by the id.
  const endpoint = anEndpoint({
    id: '26',
    name: 'Payroll sync',
    url: 'https://acme.ilucca-sandbox.net/lucca-api/webhook-endpoints/payroll-26',
  })
  const network = fakeNetwork(
    signedInAs(viewer),
    lucca.get('/lucca-api/webhook-endpoints/{id}', ({ response }) => response(200).json(endpoint)),
    http.get('*/api/endpoint-notes/:endpointId', () => HttpResponse.json(notes)),
    http.get('*/api/history/endpoints/:id', () => problem(404, { title: 'Not Found' })),
    http.get('*/api/history/deliveries', () => HttpResponse.json({ items: [], next: null })),
  )
  render(
    <Routes>
      <Route path="endpoints/:endpointAddress" element={<EndpointPage />} />
    </Routes>,
    { path: '/endpoints/payroll-26' },
  )

  const panel = await screen.findByRole('region', { name: 'Console notes' })
  expect(await within(panel).findByText('Payroll feed')).toBeTruthy()
  expect(within(panel).queryByRole('button', { name: /notes/ })).toBeNull() // a viewer reads only
  const notesReads = network.requests.filter((request) => request.path.startsWith('/api/endpoint-notes/'))
  expect(notesReads.map((request) => `${request.method} ${request.path}`)).toEqual([
    'GET /api/endpoint-notes/26',
  ])
})

test('the page leads with how the endpoint is doing: failing, since when, its last error in words', async () => {
  const endpoint = anEndpoint({ id: '26', name: 'HR data warehouse' })
  const failedAt = '2026-11-29T14:02:00.000Z'
  const overview: EndpointOverview = {
    endpoint: anEndpointSummary({
      id: '26',
      name: 'HR data warehouse',
      health: {
        state: 'failing',
        delivered: 0,
        failed: 4,
        retrying: 1,
        successRate: 0,
        lastDeliveryAt: null,
        lastFailureAt: failedAt,
        lastFailureCode: 404,
      },
    }),
    secret: null,
    lastSuccessAt: '2026-11-28T09:00:00.000Z',
    failingSince: '2026-11-28T10:30:00.000Z',
    failingSinceBeforeWindow: false,
    lastFailure: {
      deliveryId: 'd9',
      deliveryUrl: 'http://localhost/lucca-api/webhook-deliveries/del-9',
      topic: 'employee.created',
      attempt: anAttempt({ id: 'a9', deliveryId: 'd9', code: 404, createdAt: failedAt }),
    },
  }
  const recent: DeliveriesPage = {
    items: [
      {
        id: 'd9',
        url: 'http://localhost/lucca-api/webhook-deliveries/del-9',
        endpointId: '26',
        endpointName: 'HR data warehouse',
        endpointWebhookUrl: endpoint.webhookUrl,
        endpointDeleted: false,
        eventId: 'e9',
        topic: 'employee.created',
        resourceId: '416',
        status: 'failed',
        attemptsCount: 1,
        nextAttemptAt: null,
        createdAt: failedAt,
        lastAttemptAt: failedAt,
        lastStatusCode: 404,
        deliveredAt: null,
      },
    ],
    next: null,
  }
  const network = fakeNetwork(
    signedInAs(viewer),
    lucca.get('/lucca-api/webhook-endpoints/{id}', ({ response }) => response(200).json(endpoint)),
    http.get('*/api/endpoint-notes/:endpointId', () => HttpResponse.json(notes)),
    http.get('*/api/history/endpoints/:id', () => HttpResponse.json(overview)),
    http.get('*/api/history/deliveries', () => HttpResponse.json(recent)),
  )
  render(
    <Routes>
      <Route path="endpoints/:endpointAddress" element={<EndpointPage />} />
    </Routes>,
    { path: '/endpoints/26' },
  )

  const health = await screen.findByRole('region', { name: 'How it is doing' })
  expect(within(health).getByText('Failing')).toBeTruthy()
  expect(within(health).getByText('0 % delivered over the last 7 days')).toBeTruthy()
  expect(within(health).getByText(/^Failing since Nov 28, 2026/)).toBeTruthy()
  // The last error in words (the delivery page's diagnosis), then its code and time, a click from it.
  expect(within(health).getByText('Last error: The receiver’s address does not exist')).toBeTruthy()
  expect(within(health).getByText(/^HTTP 404 · Nov 29, 2026/)).toBeTruthy()
  expect(within(health).getByRole('link', { name: 'Open this delivery' }).getAttribute('href')).toBe(
    '/deliveries/del-9',
  )
  // Its health comes before its details, and its latest deliveries follow.
  const regions = screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby') ?? '')
  expect(regions.indexOf('endpoint-health')).toBe(0)
  const deliveries = await screen.findByRole('region', { name: 'Recent deliveries' })
  expect(await within(deliveries).findAllByText('Failed')).not.toHaveLength(0)
  const reads = network.requests.map((request) => `${request.method} ${request.path}`)
  expect(reads).toContain('GET /api/history/endpoints/26')
  expect(reads.filter((read) => read.startsWith('GET /api/history/deliveries'))).toHaveLength(1)
})

const admin: Session = { ...viewer, user: { username: 'ada', role: 'admin' } }

test(
  'an admin of a suspended endpoint: the banner names the last error, editing opens on demand, delete stands apart',
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup()
    const endpoint = anEndpoint({ id: '31', name: 'Legacy intranet', status: 'suspended' })
    const failedAt = '2026-11-29T14:02:00.000Z'
    const overview: EndpointOverview = {
      endpoint: anEndpointSummary({ id: '31', name: 'Legacy intranet', origin: 'console' }),
      secret: { issuedAt: '2026-11-02T08:30:00.000Z', last4: 'x9Qz' },
      lastSuccessAt: null,
      failingSince: failedAt,
      failingSinceBeforeWindow: true,
      lastFailure: {
        deliveryId: 'd1',
        deliveryUrl: 'http://localhost/lucca-api/webhook-deliveries/d1',
        topic: 'employee.created',
        attempt: anAttempt({ id: 'a1', deliveryId: 'd1', code: 404, createdAt: failedAt }),
      },
    }
    const network = fakeNetwork(
      signedInAs(admin),
      lucca.get('/lucca-api/webhook-endpoints/{id}', ({ response }) => response(200).json(endpoint)),
      http.patch('*/lucca-api/webhook-endpoints/:id', () => problem(500, { title: 'Internal Server Error' })),
      http.get('*/api/endpoint-notes/:endpointId', () => HttpResponse.json(notes)),
      http.get('*/api/history/endpoints/:id', () => HttpResponse.json(overview)),
      http.get('*/api/history/deliveries', () => HttpResponse.json({ items: [], next: null })),
    )
    render(
      <Routes>
        <Route path="endpoints/:endpointAddress" element={<EndpointPage />} />
      </Routes>,
      { path: '/endpoints/31' },
    )

    expect(
      await screen.findByText(
        /^Your server answered 404 Not Found on Nov 29(, 2026)?, \d\d:02\.$/,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy()
    // Re-activating is the way out, not a danger.
    const reactivate = screen.getByRole('button', { name: 'Re-activate' })
    expect(reactivate.getAttribute('style') ?? '').not.toMatch(/red/)
    // The URL once, in the header; the secret as this console issued it, its end only.
    expect(screen.getAllByText(endpoint.webhookUrl)).toHaveLength(1)
    const secret = screen.getByRole('region', { name: 'Signing secret' })
    expect(within(secret).getByText(/^Issued by this console on Nov 2, 2026/)).toBeTruthy()
    expect(within(secret).getByText('…x9Qz')).toBeTruthy()
    // Delete is not beside Send test: it sits in the danger zone.
    expect(screen.getAllByRole('button', { name: /Delete/ })).toHaveLength(1)
    const danger = screen.getByRole('region', { name: 'Danger zone' })
    expect(within(danger).getByRole('button', { name: 'Delete this endpoint' })).toBeTruthy()

    // No form beside the details: it opens on demand, and a failed save keeps what was typed.
    expect(screen.queryByRole('textbox', { name: /Webhook URL/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Edit URL and topics' }))
    const url = screen.getByRole('textbox', { name: /Webhook URL/ })
    await user.clear(url)
    await user.type(url, 'https://hooks.example.com/new')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findAllByText(/went wrong|error/i, { selector: '[role="alert"] *' }, { timeout: 5000 }),
    ).not.toHaveLength(0)
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Webhook URL/ }).value).toBe(
      'https://hooks.example.com/new',
    )
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('textbox', { name: /Webhook URL/ })).toBeNull()
    expect(screen.getByRole('region', { name: 'Details' })).toBeTruthy()
    const overviewReads = network.requests.filter((request) => request.path === '/api/history/endpoints/31')
    expect(overviewReads).toHaveLength(1)
  },
)

test('an endpoint made outside this console says nothing of its secret but that', async () => {
  const endpoint = anEndpoint({ id: '40' })
  fakeNetwork(
    signedInAs(viewer),
    lucca.get('/lucca-api/webhook-endpoints/{id}', ({ response }) => response(200).json(endpoint)),
    http.get('*/api/endpoint-notes/:endpointId', () => HttpResponse.json(notes)),
    http.get('*/api/history/endpoints/:id', () =>
      HttpResponse.json({
        endpoint: anEndpointSummary({ id: '40' }),
        secret: null,
        lastSuccessAt: null,
        failingSince: null,
        failingSinceBeforeWindow: false,
        lastFailure: null,
      } satisfies EndpointOverview),
    ),
    http.get('*/api/history/deliveries', () => HttpResponse.json({ items: [], next: null })),
  )
  render(
    <Routes>
      <Route path="endpoints/:endpointAddress" element={<EndpointPage />} />
    </Routes>,
    { path: '/endpoints/40' },
  )
  const secret = await screen.findByRole('region', { name: 'Signing secret' }, { timeout: 5000 })
  expect(within(secret).getByText('Issued outside this console: it is not known here.')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Edit URL and topics' })).toBeNull() // a viewer reads only
})
