import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test } from 'vitest'
import type { AuditEntry, AuditPage } from '../../../contract/console-audit-api'
import type { Session } from '../../../contract/console-api'
import { i18n } from '../i18n'
import { fakeNetwork, problem, signedInAs } from '../../test/network'
import { render } from '../../test/render'
import { AuditPage as AuditScreen } from './audit-page'

const account = (id: string, label: string): Session['accounts'][number] => ({
  id,
  label,
  environment: 'sandbox',
  apiHost: `https://${id}.ilucca-test.net`,
  allowsPrivateReceivers: false,
  testReceiverUrl: null,
})
const session: Session = {
  user: { username: 'ada', role: 'admin' },
  accounts: [account('sandbox', 'Acme sandbox'), account('prod', 'Acme live')],
  activeAccountId: 'sandbox',
}
const entry = (id: string, more: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: '2026-11-30T10:00:00.000Z',
  username: 'olga',
  accountId: 'sandbox',
  accountLabel: 'Acme sandbox',
  action: 'endpoint.update',
  target: 'webhook-endpoints/26',
  targetLabel: 'Payroll sync',
  status: 200,
  ...more,
})
const trail = (pages: (search: URLSearchParams) => AuditPage | Response) =>
  http.get('*/api/audit', ({ request }) => {
    const answer = pages(new URL(request.url).searchParams)
    return answer instanceof Response ? answer : HttpResponse.json(answer)
  })
const auditRequests = (requests: { path: string; search: URLSearchParams }[]) =>
  requests.filter((request) => request.path === '/api/audit').map((request) => request.search)

afterEach(() => i18n.changeLanguage('en'))

test('the filters come from the URL, go to the API, and each change goes back to the URL; so does the CSV link', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    signedInAs(session),
    trail(() => ({ items: [entry('2')], nextBefore: null, retentionDays: 90 })),
  )
  const { router } = render(<AuditScreen />, {
    path: '/audit?action=endpoint.update&username=olga&from=2026-11-01&to=2026-11-30&action2=kept',
  })

  expect(
    within(await screen.findByRole('table')).getByRole('link', { name: 'the endpoint Payroll sync' }),
  ).toBeTruthy()
  const [first] = auditRequests(network.requests)
  expect(Object.fromEntries(first ?? [])).toEqual({
    action: 'endpoint.update',
    username: 'olga',
    from: '2026-11-01',
    to: '2026-11-30',
    limit: '50',
  })
  expect((screen.getByRole('combobox', { name: 'Action' }) as HTMLSelectElement).value).toBe(
    'endpoint.update',
  )
  expect((screen.getByRole('searchbox', { name: 'Who' }) as HTMLInputElement).value).toBe('olga')
  expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('11/01/2026')
  const csv = new URL(
    screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href') ?? '',
    'http://x',
  )
  expect(csv.pathname).toBe('/api/audit.csv')
  expect(Object.fromEntries(csv.searchParams)).toEqual({
    username: 'olga',
    action: 'endpoint.update',
    from: '2026-11-01',
    to: '2026-11-30',
  })
  expect(screen.getByText(/Entries are kept for 90 days\./)).toBeTruthy()

  // Several accounts: the account filter is there, by label.
  await user.selectOptions(screen.getByRole('combobox', { name: 'Account' }), 'Acme live')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'Signed out')
  await waitFor(() => {
    const search = new URLSearchParams(router.state.location.search)
    expect(search.get('action')).toBe('session.sign-out')
    expect(search.get('accountId')).toBe('prod')
    expect(search.get('action2')).toBe('kept') // a param the page does not own is left alone
  })
  await waitFor(() => expect(auditRequests(network.requests).at(-1)?.get('action')).toBe('session.sign-out'))
  expect(auditRequests(network.requests).at(-1)?.get('accountId')).toBe('prod')
  expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toContain(
    'action=session.sign-out',
  )

  await user.clear(screen.getByRole('searchbox', { name: 'Who' }))
  await user.type(screen.getByRole('searchbox', { name: 'Who' }), 'bob{Enter}')
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('username')).toBe('bob'))

  await user.click(screen.getByRole('button', { name: 'Clear filters' }))
  await waitFor(() => expect(router.state.location.search).toBe('?action2=kept'))
  expect((screen.getByRole('searchbox', { name: 'Who' }) as HTMLInputElement).value).toBe('')
  expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe('/api/audit.csv?')
})

test('a value the API would refuse is not sent: an unknown action or a malformed day shows the whole trail', async () => {
  const network = fakeNetwork(
    signedInAs(session),
    trail(() => ({ items: [entry('1')], nextBefore: null, retentionDays: 1 })),
  )
  render(<AuditScreen />, { path: '/audit?action=endpoint.explode&from=30/11/2026' })
  expect(await screen.findByText(/Entries are kept for 1 day\./)).toBeTruthy()
  expect(Object.fromEntries(auditRequests(network.requests)[0] ?? [])).toEqual({ limit: '50' })
})

test('older pages are read with the same filters', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    signedInAs(session),
    trail((search) =>
      search.get('before')
        ? { items: [entry('1', { at: '2026-11-01T08:00:00.000Z' })], nextBefore: null, retentionDays: 90 }
        : { items: [entry('2')], nextBefore: '2', retentionDays: 90 },
    ),
  )
  render(<AuditScreen />, { path: '/audit?username=olga' })
  await user.click(await screen.findByRole('button', { name: 'Show older entries' }))
  await waitFor(() =>
    expect(within(screen.getByRole('table')).getAllByRole('link', { name: /Payroll sync/ })).toHaveLength(2),
  )
  const older = auditRequests(network.requests).at(-1)
  expect(older?.get('before')).toBe('2')
  expect(older?.get('username')).toBe('olga')
})

test('targets read as words, accounts by their label, the raw target one click away', async () => {
  const user = userEvent.setup()
  fakeNetwork(
    signedInAs(session),
    trail(() => ({
      items: [
        entry('5', { target: 'webhook-endpoints/31', targetLabel: null, accountLabel: 'Acme live' }),
        entry('4', { action: 'user.role', target: 'users/bob', targetLabel: null }),
        entry('3', { action: 'delivery.redeliver', target: 'events/e9 -> webhook-endpoints/26' }),
        entry('2', { action: 'session.sign-in-failed', target: 'users/mallory', status: 401 }),
        entry('1'),
      ],
      nextBefore: null,
      retentionDays: 90,
    })),
  )
  render(<AuditScreen />, { path: '/audit' })
  const table = await screen.findByRole('table')
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows.map((row) => row.textContent)).toEqual([
    expect.stringMatching(/olga changed the endpoint 31 DetailsAcme liveDone \(200\)$/),
    expect.stringMatching(/olga changed the role of the user bob Details/),
    expect.stringMatching(/olga sent the real event e9 again to the endpoint Payroll sync Details/),
    expect.stringMatching(/A sign-in as olga failed DetailsAcme sandboxRefused \(401\)$/),
    expect.stringMatching(/olga changed the endpoint Payroll sync DetailsAcme sandboxDone \(200\)$/),
  ])
  // What an entry touched links to where the console shows it.
  expect(
    within(rows[0] as HTMLElement)
      .getByRole('link', { name: 'the endpoint 31' })
      .getAttribute('href'),
  ).toBe('/endpoints/31')
  expect(
    within(rows[1] as HTMLElement)
      .getByRole('link', { name: 'the user bob' })
      .getAttribute('href'),
  ).toBe('/users')
  expect(screen.queryByText('sandbox')).toBeNull() // the label, never the id

  await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Details' }))
  expect((await screen.findByText(/webhook-endpoints\/31/)).tagName).toBe('PRE')
})

test('in French, actions, groups, retention and targets are in French', async () => {
  await i18n.changeLanguage('fr')
  fakeNetwork(
    signedInAs(session),
    trail(() => ({
      items: [entry('2', { action: 'session.sign-out', target: 'users/olga' }), entry('1')],
      nextBefore: null,
      retentionDays: 30,
    })),
  )
  render(<AuditScreen />, { path: '/audit' })
  expect(await screen.findByText(/Les entrées sont conservées 30 jours\./)).toBeTruthy()
  const table = screen.getByRole('table')
  expect(within(table).getByText(/^olga s’est déconnecté/)).toBeTruthy()
  expect(within(table).getByRole('link', { name: 'le point de terminaison Payroll sync' })).toBeTruthy()
  expect(within(table).getByText(/^olga a modifié/)).toBeTruthy()
  const action = screen.getByRole('combobox', { name: 'Action' })
  expect([...action.querySelectorAll('optgroup')].map((group) => group.label)).toEqual([
    'Points de terminaison',
    'Envois',
    'Connexion',
    'Utilisateurs',
    'Règles d’alerte',
    'Secret de signature des alertes',
  ])
  expect(
    within(action).getByRole('option', { name: 'Connexion bloquée après trop de tentatives' }),
  ).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Télécharger en CSV' })).toBeTruthy()
})

test('an empty trail says so; an empty filtered trail says nothing matches and offers to clear the filters', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    signedInAs({ ...session, accounts: [account('sandbox', 'Acme sandbox')] }),
    trail((search) =>
      search.get('action')
        ? { items: [], nextBefore: null, retentionDays: 90 }
        : { items: [], nextBefore: null, retentionDays: 90 },
    ),
  )
  const { router } = render(<AuditScreen />, { path: '/audit?action=user.remove' })
  expect(await screen.findByText('No entry matches these filters.')).toBeTruthy()
  expect(screen.queryByText('No change has been made through the console yet.')).toBeNull()
  expect(screen.queryByRole('combobox', { name: 'Account' })).toBeNull() // one account: no account filter
  const clear = screen.getAllByRole('button', { name: 'Clear filters' })
  await user.click(clear.at(-1) as HTMLElement)
  expect(await screen.findByText('No change has been made through the console yet.')).toBeTruthy()
  expect(router.state.location.search).toBe('')
  expect(auditRequests(network.requests).at(-1)?.get('action')).toBeNull()
  expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull()
})

test('a trail whose database is down says so, and retries', async () => {
  const user = userEvent.setup()
  let down = true
  fakeNetwork(
    signedInAs(session),
    trail(() =>
      down
        ? problem(503, { title: 'Database unavailable', extensions: { reason: 'database-unavailable' } })
        : { items: [entry('1')], nextBefore: null, retentionDays: 90 },
    ),
  )
  render(<AuditScreen />, { path: '/audit' })
  expect(
    await screen.findByText('The console cannot reach its own database right now. Retry in a moment.'),
  ).toBeTruthy()
  down = false
  await user.click(screen.getByRole('button', { name: 'Retry' }))
  expect(
    within(await screen.findByRole('table')).getByRole('link', { name: 'the endpoint Payroll sync' }),
  ).toBeTruthy()
})
