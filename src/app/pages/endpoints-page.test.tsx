import { QueryClient } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import type { Session } from '../../../contract/console-api'
import type { EndpointSummary, HistoryStatus } from '../../../contract/console-history-api'
import { anEndpointSummary } from '../../test/history-fixtures'
import { fakeNetwork, problem, signedInAs } from '../../test/network'
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
const summary = (n: number, fields: Partial<EndpointSummary> = {}): EndpointSummary =>
  anEndpointSummary({ id: String(n), url: `http://localhost/lucca-api/webhook-endpoints/${n}`, ...fields })
const failing = summary(7, {
  name: 'Payroll sync',
  ownerName: 'Jeanne Martin',
  health: {
    state: 'failing',
    delivered: 2,
    failed: 1,
    retrying: 0,
    successRate: 2 / 3,
    lastDeliveryAt: new Date(Date.now() - 60_000).toISOString(),
    lastFailureAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    lastFailureCode: 500,
  },
})
const account = [failing, ...Array.from({ length: 59 }, (_, index) => summary(index + 100))]
const upToDate: HistoryStatus = {
  collector: {
    state: 'up-to-date',
    updatedAt: new Date().toISOString(),
    progress: null,
    reason: null,
    cause: null,
  },
  budget: { limit: 50, consoleLimit: 45, collectorShare: 10, console: 14, collector: 8 },
  retentionDays: 400,
}

/** The history's endpoint list over `endpoints`, as the proxy answers it: searched, paged, counted. */
function history(endpoints: EndpointSummary[], status: HistoryStatus = upToDate) {
  return [
    http.get('*/api/history/endpoints', ({ request }) => {
      const search = new URL(request.url).searchParams
      const q = search.get('q')?.toLowerCase() ?? ''
      const found = endpoints.filter((e) => `${e.webhookUrl} ${e.name ?? ''}`.toLowerCase().includes(q))
      const page = Number(search.get('page') ?? 1)
      const pageSize = Number(search.get('pageSize') ?? 25)
      const items = found.slice((page - 1) * pageSize, page * pageSize)
      return HttpResponse.json({ items, total: found.length, page, pageSize })
    }),
    http.get('*/api/history/status', () => HttpResponse.json(status)),
  ]
}
const open = (path = '/endpoints') => render(<EndpointsPage />, { path })

test('the whole account, from the history: counted, health in words, pages numbered, all in the URL', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(signedInAs(session), ...history(account))
  const { router } = open()

  const row = await screen.findByRole('row', { name: /Payroll sync/ })
  expect(await screen.findByText('60 endpoints')).toBeTruthy()
  expect(within(row).getByText('Failing')).toBeTruthy()
  expect(within(row).getByText('67 %')).toBeTruthy()
  expect(within(row).getByText(/Last failure 2 hours ago · HTTP 500/)).toBeTruthy()
  expect(within(row).getByText('Owner: Jeanne Martin')).toBeTruthy()
  expect(screen.getAllByText('No recent deliveries').length).toBeGreaterThan(0)
  const lists = () => network.requests.filter((r) => r.path === '/api/history/endpoints')
  expect(lists()[0]?.search.toString()).toBe('sort=health&page=1&pageSize=25')
  expect(network.requests.some((r) => r.path.startsWith('/lucca-api/'))).toBe(false) // Lucca is not asked

  await user.click(screen.getByRole('button', { name: 'Page 3' }))
  expect(router.state.location.search).toBe('?page=3')
  expect(await screen.findByRole('row', { name: /hooks150\.example\.com/ })).toBeTruthy()

  // The search covers the whole account, not the page shown, and waits for the typing to pause.
  await user.type(screen.getByRole('textbox', { name: 'Search' }), 'hooks158')
  await waitFor(() => expect(router.state.location.search).toBe('?q=hooks158'))
  expect(await screen.findByRole('row', { name: /hooks158\.example\.com/ })).toBeTruthy()
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 60 matches'))
  expect(
    lists()
      .filter((r) => r.search.get('q'))
      .map((r) => r.search.get('q')),
  ).toEqual(['hooks158'])

  await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Newest first')
  expect(router.state.location.search).toBe('?q=hooks158&sort=-created')
  await waitFor(() => expect(lists().at(-1)?.search.get('sort')).toBe('-created'))
})

test('an endpoint made outside the console says its secret is unknown here', async () => {
  fakeNetwork(signedInAs(session), ...history([summary(1, { name: 'Made in Lucca', origin: 'outside' })]))
  open()
  const row = await screen.findByRole('row', { name: /Made in Lucca/ })
  expect(within(row).getByText('Created outside this console — secret unknown here')).toBeTruthy()
})

test('nothing matches: said so, with a way back to the whole list', async () => {
  const user = userEvent.setup()
  fakeNetwork(signedInAs(session), ...history(account))
  const { router } = open('/endpoints?q=nowhere&status=suspended')
  const none = await screen.findByText('No endpoint matches')
  expect(await screen.findByText('0 of 60 match')).toBeTruthy()
  await user.click(within(none.parentElement ?? none).getByRole('button', { name: 'Clear filters' }))
  expect(router.state.location.search).toBe('')
  expect(await screen.findByText('60 endpoints')).toBeTruthy()
})

test('an account without endpoints gets the first steps; one not read through yet says it is being read', async () => {
  fakeNetwork(signedInAs(session), ...history([]))
  const first = open()
  expect(await screen.findByText('No webhook endpoints yet')).toBeTruthy()
  first.unmount()

  fakeNetwork(
    signedInAs(session),
    ...history([], {
      ...upToDate,
      collector: { state: 'catching-up', updatedAt: null, progress: 0.4, reason: null, cause: null },
    }),
  )
  open()
  expect(
    await screen.findByText('The console is reading your Lucca account for the first time…'),
  ).toBeTruthy()
  expect(screen.getByText('Read so far: 40 %')).toBeTruthy()
  expect(screen.queryByText('No webhook endpoints yet')).toBeNull()
})

test('a read-only user sees the endpoints but none of the actions that change them', async () => {
  fakeNetwork(signedInAs({ ...session, user: { username: 'vic', role: 'viewer' } }), ...history([failing]))
  open()
  expect(await screen.findByRole('row', { name: /Payroll sync/ })).toBeTruthy()
  expect(screen.queryByRole('link', { name: /New endpoint/ })).toBeNull()
  expect(screen.queryByRole('button', { name: 'Send test' })).toBeNull()
})

test('a history that cannot be read says so in place of the list', async () => {
  fakeNetwork(
    signedInAs(session),
    http.get('*/api/history/endpoints', () =>
      problem(503, { title: 'Unavailable', extensions: { reason: 'database-unavailable' } }),
    ),
    http.get('*/api/history/status', () => HttpResponse.json(upToDate)),
  )
  open()
  expect(await screen.findByText(/cannot reach its own database/)).toBeTruthy()
})

test('the list is asked for with the session check; a signed-out early read is dropped, not shown later', async () => {
  const early = new QueryClient()
  fakeNetwork(http.get('*/api/history/endpoints', () => problem(401, { title: 'Unauthorized' })))
  prefetchEndpointsPage(early, { pathname: '/endpoints', search: '?status=suspended&page=2' })
  await waitFor(() => expect(early.getQueryCache().getAll()).toHaveLength(0))

  const network = fakeNetwork(...history(account))
  prefetchEndpointsPage(early, { pathname: '/endpoints', search: '?status=suspended&page=2' })
  await waitFor(() => expect(early.getQueryCache().getAll()[0]?.state.status).toBe('success'))
  expect(network.requests[0]?.search.toString()).toBe('status=suspended&sort=health&page=2&pageSize=25')
  prefetchEndpointsPage(early, { pathname: '/endpoints/new', search: '' })
  prefetchEndpointsPage(early, { pathname: '/audit', search: '' })
  expect(network.requests).toHaveLength(1) // only where the list is the page
})
