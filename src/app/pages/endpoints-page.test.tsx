import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { QueryClient } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import type { Session } from '../../../contract/console-api'
import type { WebhookDelivery, WebhookEndpoint } from '../../lib/lucca-client'
import { aDelivery, anEndpoint, aProblem } from '../../test/lucca-fixtures'
import { fakeNetwork, lucca, signedInAs } from '../../test/network'
import { render } from '../../test/render'
import { EndpointsPage, prefetchEndpointsPage } from './endpoints-page'

const session: Session = {
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
const endpoint = (id: string, name: string, status: WebhookEndpoint['status'] = 'active') =>
  anEndpoint({ id, name, webhookUrl: `https://${name.toLowerCase()}.example.com/hook`, status })
const delivery = (id: string, endpointId: string, status: WebhookDelivery['status']) =>
  aDelivery({ id, status, attemptsCount: 1, event: { id: `e${id}` }, webhookEndpoint: { id: endpointId } })
const page = (items: WebhookEndpoint[], next: string | null = null) =>
  lucca.get('/lucca-api/webhook-endpoints', ({ response }) =>
    response(200).json({
      type: 'webhook-endpoints',
      url: 'x',
      items,
      links: { prev: null, next: next === null ? null : { href: next } },
    }),
  )
const deliveries = (items: WebhookDelivery[]) =>
  lucca.get('/lucca-api/webhook-deliveries', ({ response }) =>
    response(200).json({ type: 'webhook-deliveries', url: 'x', items, embedded: { event: {} } }),
  )

test('the list shows health from one deliveries call, filters by status at Lucca and pages with cursors', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    signedInAs(session),
    lucca.get('/lucca-api/webhook-endpoints', ({ request, response }) =>
      new URL(request.url).searchParams.get('page') === '!next'
        ? response(200).json({
            type: 'webhook-endpoints',
            url: 'x',
            items: [endpoint('3', 'Gamma')],
            links: { prev: null, next: null },
          })
        : response(200).json({
            type: 'webhook-endpoints',
            url: 'x',
            items: [endpoint('1', 'Alpha'), endpoint('2', 'Beta', 'suspended')],
            links: {
              prev: null,
              next: { href: 'https://acme.ilucca.net/lucca-api/webhook-endpoints?limit=25&page=%21next' },
            },
          }),
    ),
    deliveries([
      delivery('a', '1', 'delivered'),
      delivery('b', '1', 'delivered'),
      delivery('c', '1', 'failed'),
      delivery('d', '2', 'failed'),
    ]),
  )
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
  fakeNetwork(
    signedInAs({ ...session, user: { username: 'vic', role: 'viewer' } }),
    page([endpoint('1', 'Alpha')]),
    deliveries([]),
  )
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
  fakeNetwork(
    signedInAs(session),
    page([endpoint('1', 'Alpha')]),
    lucca.get('/lucca-api/webhook-deliveries', ({ response }) =>
      response(400).json(aProblem(400, { title: 'Bad request' })),
    ),
  )
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
  const early = new QueryClient()
  fakeNetwork(
    page([endpoint('1', 'Alpha')]),
    lucca.get('/lucca-api/webhook-deliveries', ({ response }) =>
      response(401).json(aProblem(401, { title: 'Unauthorized' })),
    ),
  )
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

  const network = fakeNetwork()
  prefetchEndpointsPage(early, { pathname: '/endpoints/new', search: '' })
  prefetchEndpointsPage(early, { pathname: '/audit', search: '' })
  expect(network.requests).toHaveLength(0) // only where the list is the page
})
