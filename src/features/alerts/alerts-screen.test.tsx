import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { Alert, AlertDispatch, AlertsPage } from '../../../contract/console-alerts-api'
import { fakeNetwork, problem } from '../../test/network'
import { render } from '../../test/render'
import { AlertsScreen } from './alerts-screen'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-02T12:00:00Z'))
})
afterEach(async () => {
  vi.useRealTimers()
  await i18next.changeLanguage('en')
})

const dispatch = (fields: Partial<AlertDispatch> & { id: string }): AlertDispatch => ({
  message: 'opened',
  kind: 'email',
  target: 'hr-it@acme.fr',
  language: 'fr',
  status: 'sent',
  attempts: 1,
  lastAttemptAt: '2026-12-02T10:01:00Z',
  nextAttemptAt: null,
  lastError: null,
  sentAt: '2026-12-02T10:01:00Z',
  ...fields,
})
const anAlert = (fields: Partial<Alert> & { id: string }): Alert => ({
  ruleId: 'r1',
  ruleName: 'Payroll broken',
  condition: 'suspended',
  endpointId: '456789412',
  endpointName: 'HR data warehouse',
  endpointUrl: 'http://localhost/lucca-api/webhook-endpoints/93847DF7FDSF6D87SF',
  openedAt: '2026-12-02T09:50:00Z',
  closedAt: null,
  failedDeliveries: 12,
  lastFailureCode: 503,
  lastFailureAt: '2026-12-02T11:40:00Z',
  dispatches: [],
  ...fields,
})
const open = anAlert({
  id: 'a2',
  dispatches: [
    dispatch({ id: 'd1' }),
    dispatch({
      id: 'd2',
      kind: 'slack',
      target: 'hooks.slack.com/services/T0…',
      language: 'en',
      status: 'failing',
      attempts: 3,
      lastError: 'HTTP 503',
      nextAttemptAt: '2026-12-02T12:05:00Z',
      sentAt: null,
    }),
    dispatch({ id: 'd3', kind: 'teams', target: 'acme.webhook.office.com', status: 'pending', sentAt: null }),
  ],
})
const closed = anAlert({
  id: 'a1',
  condition: 'low-success-rate',
  endpointName: null,
  openedAt: '2026-12-01T08:00:00Z',
  closedAt: '2026-12-01T10:15:00Z',
  failedDeliveries: 1,
  lastFailureCode: null,
  lastFailureAt: '2026-12-01T10:00:00Z',
})
const page = (items: Alert[], more: Partial<AlertsPage> = {}): AlertsPage => ({
  items,
  next: null,
  failingDispatches: 0,
  ...more,
})
/** Answers `GET /api/alerts` per `state` (and cursor) as `answer` says. */
const alertsAt = (answer: (search: URLSearchParams) => AlertsPage | Response) =>
  http.get('*/api/alerts', ({ request }) => {
    const result = answer(new URL(request.url).searchParams)
    return result instanceof Response ? result : HttpResponse.json(result)
  })
const byState = (search: URLSearchParams) =>
  search.get('state') === 'open'
    ? page([open], { failingDispatches: 1 })
    : page([closed], { failingDispatches: 1 })

test('open alerts come first, each in plain words with its messages; a warning says one could not be sent', async () => {
  fakeNetwork(alertsAt(byState))
  render(<AlertsScreen canEdit={false} />, { path: '/alerts' })

  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^1 alert message could not be sent: the mail server or chat hook did not answer/,
  )
  const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
  expect(sections).toEqual(['Open now', 'Fixed'])

  const card = await screen.findByRole('listitem', {
    name: 'Lucca suspended the integration: HR data warehouse',
  })
  // The endpoint's page is at its url's last segment, not at its id.
  expect(within(card).getByRole('link', { name: 'HR data warehouse' }).getAttribute('href')).toBe(
    '/endpoints/93847DF7FDSF6D87SF',
  )
  expect(within(card).getByText(/^Since .+ \(2 h 10 min\)$/)).toBeTruthy()
  expect(within(card).getByText(/^12 deliveries failed, last failure: HTTP 503 on /)).toBeTruthy()
  // The delivery log filtered to the outage: the endpoint by id (as the log filters), not delivered, from its day.
  const log = new URL(
    within(card).getByRole('link', { name: 'See these deliveries in the log' }).getAttribute('href') ?? '',
    'http://x',
  )
  expect(log.pathname).toBe('/deliveries')
  expect(Object.fromEntries(log.searchParams)).toEqual({
    endpoint: '456789412',
    status: 'undelivered,failed',
    from: expect.stringMatching(/^2026-12-0[12]$/) as unknown,
  })
  expect(screen.getByRole('status').textContent).toBe('1 open alert')
  const messages = within(card).getByRole('list', { name: 'Messages' })
  const [email, slack, teams] = within(messages).getAllByRole('listitem')
  expect(email?.textContent).toContain('Alert · Email: hr-it@acme.fr (French)')
  expect(email?.textContent).toContain('Sent ✓ 2 hours ago')
  expect(slack?.textContent).toContain('Not sent yet: HTTP 503')
  expect(slack?.textContent).toContain('Next try in 5 minutes · 3 tries so far')
  expect(teams?.textContent).toContain('Waiting to be sent')
  // A viewer sees why, but cannot send again.
  expect(screen.queryByRole('button', { name: /Retry now/ })).toBeNull()

  const fixed = screen.getByRole('listitem', {
    name: 'Too many deliveries fail: An integration with no name',
  })
  expect(within(fixed).getByText('Fixed')).toBeTruthy()
  expect(within(fixed).getByText(/^From .+ to .+: lasted 2 h 15 min$/)).toBeTruthy()
  expect(
    within(fixed).getByText(/^1 delivery failed, last failure: no answer \(timed out or refused\)/),
  ).toBeTruthy()
})

test('an admin sends a failing message again; the list is read again', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    alertsAt(byState),
    http.post('*/api/alerts/dispatches/:id/retry', () => new HttpResponse(null, { status: 204 })),
  )
  render(<AlertsScreen canEdit />, { path: '/alerts' })
  await user.click(await screen.findByRole('button', { name: 'Retry now: hooks.slack.com/services/T0…' }))

  await waitFor(() =>
    expect(network.requests.filter((request) => request.path === '/api/alerts')).toHaveLength(4),
  )
  const retry = network.requests.find((request) => request.method === 'POST')
  expect(retry?.path).toBe('/api/alerts/dispatches/d2/retry')
  expect(retry?.headers.get('X-Console-Request')).toBe('1')
  // Only the failing one can be sent again.
  expect(screen.getAllByRole('button', { name: /Retry now/ })).toHaveLength(1)
})

test('the filter is kept in the URL and asks only for that state; "Show more" reads the next page', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    alertsAt((search) =>
      search.get('before') === 'c2'
        ? page([anAlert({ id: 'a0', endpointName: 'Old intranet' })])
        : page([open], { next: 'c2' }),
    ),
  )
  const { router } = render(<AlertsScreen canEdit={false} />, { path: '/alerts?state=open' })
  expect(await screen.findByText(/HR data warehouse$/, { selector: 'h3' })).toBeTruthy()
  expect((screen.getByRole('radio', { name: 'Open' }) as HTMLInputElement).checked).toBe(true)
  expect(screen.queryByRole('heading', { name: 'Fixed' })).toBeNull()
  expect(network.requests.map((request) => Object.fromEntries(request.search))).toEqual([
    { state: 'open', limit: '20' },
  ])

  await user.click(screen.getByRole('button', { name: 'Show more' }))
  expect(await screen.findByText(/Old intranet$/, { selector: 'h3' })).toBeTruthy()
  expect(Object.fromEntries(network.requests.at(-1)?.search ?? [])).toEqual({
    state: 'open',
    limit: '20',
    before: 'c2',
  })
  expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull()

  await user.click(screen.getByRole('radio', { name: 'Fixed' }))
  expect(router.state.location.search).toBe('?state=closed')
  await user.click(screen.getByRole('radio', { name: 'All' }))
  expect(router.state.location.search).toBe('')
})

test('with no alert at all, it says what will come and leads to the rules', async () => {
  fakeNetwork(alertsAt(() => page([])))
  render(<AlertsScreen canEdit />, { path: '/alerts' })
  expect(await screen.findByRole('heading', { name: 'No alert so far' })).toBeTruthy()
  expect(
    screen.getByText(/The console will tell the recipients of your rules when an integration breaks/),
  ).toBeTruthy()
  expect(screen.getByRole('link', { name: 'See the rules' }).getAttribute('href')).toBe('/alerts/rules')
  expect(screen.queryByRole('alert')).toBeNull()
})

test('a failed load says why in plain words, with a retry that reads it again', async () => {
  const user = userEvent.setup()
  let down = true
  fakeNetwork(
    alertsAt((search) =>
      down
        ? problem(503, { extensions: { reason: 'database-unavailable' } })
        : page(search.get('state') === 'open' ? [open] : []),
    ),
  )
  render(<AlertsScreen canEdit={false} />, { path: '/alerts?state=open' })
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain('The console cannot reach its own database right now.')
  down = false
  await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  expect(await screen.findByText(/HR data warehouse$/, { selector: 'h3' })).toBeTruthy()
})

test('in French, the alert speaks of the intégration', async () => {
  await i18next.changeLanguage('fr')
  fakeNetwork(alertsAt(() => page([open])))
  render(<AlertsScreen canEdit />, { path: '/alerts?state=open' })
  const card = await screen.findByRole('listitem', {
    name: 'Lucca a suspendu l’intégration : HR data warehouse',
  })
  expect(within(card).getByText(/^12 envois en échec, dernier échec : HTTP 503 le /)).toBeTruthy()
  expect(within(card).getByRole('button', { name: /^Réessayer maintenant/ })).toBeTruthy()
})
