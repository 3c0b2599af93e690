import { screen, within } from '@testing-library/react'
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
  expect(within(health).getByText('Last error: The receiver URL does not exist (404/410)')).toBeTruthy()
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
