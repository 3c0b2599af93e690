import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { QueryClient } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import { fakeNetwork, json, problem } from '../../test/fake-network'
import { render } from '../../test/render'
import { EndpointsPage, prefetchEndpointsPage } from './endpoints-page'

const session = {
  user: { username: 'ada', role: 'admin' },
  accounts: [
    {
      id: 'emu',
      label: 'Local',
      environment: 'emulator',
      apiHost: 'http://127.0.0.1:4010',
      allowsPrivateReceivers: true,
      testReceiverUrl: 'https://127.0.0.1:4443',
    },
  ],
  activeAccountId: 'emu',
}
const endpoint = (id: string, name: string, status = 'active') => ({
  id,
  type: 'webhook-endpoint',
  url: `http://lucca/lucca-api/webhook-endpoints/${id}`,
  name,
  webhookUrl: `https://${name.toLowerCase()}.example.com/hook`,
  topics: ['employee.created'],
  status,
  createdAt: '2026-01-01T00:00:00Z',
})
const delivery = (id: string, endpointId: string, status: string) => ({
  id,
  type: 'webhook-delivery',
  url: `http://lucca/lucca-api/webhook-deliveries/${id}`,
  status,
  attemptsCount: 1,
  nextAttemptAt: null,
  event: { id: `e${id}` },
  webhookEndpoint: { id: endpointId },
})

test('the list shows health from one deliveries call, filters by status at Lucca and pages with cursors', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork({
    'GET /api/session': () => json(session),
    'GET /lucca-api/webhook-endpoints': ({ search }) =>
      search.get('page') === '!next'
        ? json({
            type: 'webhook-endpoints',
            url: 'x',
            items: [endpoint('3', 'Gamma')],
            links: { prev: null, next: null },
          })
        : json({
            type: 'webhook-endpoints',
            url: 'x',
            items: [endpoint('1', 'Alpha'), endpoint('2', 'Beta', 'suspended')],
            links: {
              prev: null,
              next: { href: 'https://acme.ilucca.net/lucca-api/webhook-endpoints?limit=25&page=%21next' },
            },
          }),
    'GET /lucca-api/webhook-deliveries': () =>
      json({
        type: 'webhook-deliveries',
        url: 'x',
        items: [
          delivery('a', '1', 'delivered'),
          delivery('b', '1', 'delivered'),
          delivery('c', '1', 'failed'),
          delivery('d', '2', 'failed'),
        ],
        embedded: { event: {} },
      }),
  })
  const { router } = render(
    <Suspense>
      <EndpointsPage />
    </Suspense>,
    { path: '/endpoints' },
  )

  const alpha = await screen.findByRole('row', { name: /Alpha/ })
  expect(await within(alpha).findByText('67 %')).toBeTruthy()
  expect(within(screen.getByRole('row', { name: /Beta/ })).getByText('0 %')).toBeTruthy()
  const deliveryCalls = network.requests.filter((request) => request.path === '/lucca-api/webhook-deliveries')
  expect(deliveryCalls).toHaveLength(1) // one page for the whole list, never one call per row
  expect(network.requests.every((request) => !request.headers.has('Api-Version'))).toBe(true)

  await user.click(screen.getByRole('button', { name: 'Next' }))
  expect(await screen.findByRole('row', { name: /Gamma/ })).toBeTruthy()
  expect(router.state.location.search).toContain('page=%21next')

  await user.click(
    within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'Suspended' }),
  )
  await waitFor(() => {
    const last = network.requests.filter((request) => request.path === '/lucca-api/webhook-endpoints').at(-1)
    expect(last?.search.get('status')).toBe('suspended')
    expect(last?.search.get('page')).toBeNull() // a new filter starts from the first page
  })
  expect(router.state.location.search).toContain('status=suspended')
})

test('a read-only user sees the endpoints but none of the actions that change them', async () => {
  fakeNetwork({
    'GET /api/session': () => json({ ...session, user: { username: 'vic', role: 'viewer' } }),
    'GET /lucca-api/webhook-endpoints': () =>
      json({
        type: 'webhook-endpoints',
        url: 'x',
        items: [endpoint('1', 'Alpha')],
        links: { prev: null, next: null },
      }),
    'GET /lucca-api/webhook-deliveries': () => json({ type: 'webhook-deliveries', url: 'x', items: [] }),
  })
  render(
    <Suspense>
      <EndpointsPage />
    </Suspense>,
    { path: '/endpoints' },
  )
  expect(await screen.findByRole('row', { name: /Alpha/ })).toBeTruthy()
  expect(screen.queryByRole('link', { name: /New endpoint/ })).toBeNull()
  expect(screen.queryByRole('button', { name: 'Send test' })).toBeNull()
})

test('when the recent deliveries cannot be read, health says so instead of loading forever', async () => {
  fakeNetwork({
    'GET /api/session': () => json(session),
    'GET /lucca-api/webhook-endpoints': () =>
      json({
        type: 'webhook-endpoints',
        url: 'x',
        items: [endpoint('1', 'Alpha')],
        links: { prev: null, next: null },
      }),
    'GET /lucca-api/webhook-deliveries': () =>
      json({ type: 'about:blank', title: 'Bad request', status: 400 }, { status: 400 }),
  })
  render(
    <Suspense>
      <EndpointsPage />
    </Suspense>,
    { path: '/endpoints' },
  )
  const row = await screen.findByRole('row', { name: /Alpha/ })
  expect(await within(row).findByText('Not available right now')).toBeTruthy()
})

test('the list is asked for with the session check; a signed-out early read is dropped, not shown later', async () => {
  const list = () =>
    json({
      type: 'webhook-endpoints',
      url: 'x',
      items: [endpoint('1', 'Alpha')],
      links: { prev: null, next: null },
    })
  const signedOut = () => problem(401, { title: 'Unauthorized' })
  const early = new QueryClient()
  fakeNetwork({ 'GET /lucca-api/webhook-endpoints': list, 'GET /lucca-api/webhook-deliveries': signedOut })
  prefetchEndpointsPage(early, { pathname: '/endpoints', search: '?status=suspended' })
  await waitFor(() =>
    expect(
      early
        .getQueryCache()
        .getAll()
        .map((query) => query.state.status),
    ).toEqual(['success']),
  )
  expect(early.getQueryCache().getAll()[0]?.queryKey).toContainEqual({ status: ['suspended'], page: null })

  const network = fakeNetwork({})
  prefetchEndpointsPage(early, { pathname: '/endpoints/new', search: '' })
  prefetchEndpointsPage(early, { pathname: '/audit', search: '' })
  expect(network.requests).toHaveLength(0) // only where the list is the page
})
