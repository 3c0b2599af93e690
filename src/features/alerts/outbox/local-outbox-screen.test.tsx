import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test, vi } from 'vitest'
import type { LocalOutboxItem } from '../../../../contract/console-alerts-api'
import { fakeNetwork, problem } from '../../../test/network'
import { render } from '../../../test/render'
import { LocalOutboxScreen } from './local-outbox-screen'

const email: LocalOutboxItem = {
  id: 'm2',
  kind: 'email',
  receivedAt: '2026-12-02T10:02:00Z',
  to: 'hr-it@acme.fr',
  subject: 'HR data warehouse is suspended',
  text: 'Lucca suspended HR data warehouse.',
  html: '<p>Lucca suspended <b>HR data warehouse</b>.</p><script>parent.alert(1)</script>',
  json: null,
  signatureValid: null,
}
const hook: LocalOutboxItem = {
  id: 'm1',
  kind: 'webhook',
  receivedAt: '2026-12-02T10:01:00Z',
  to: '/hooks/generic',
  subject: 'Alert: HR data warehouse',
  text: 'HR data warehouse is suspended',
  html: null,
  json: { type: 'alert.opened', data: { endpoint: 'HR data warehouse' } },
  signatureValid: true,
}
const outboxOf = (...items: LocalOutboxItem[]) =>
  http.get('*/api/alerts/local-outbox', () => HttpResponse.json({ items }))

test('emails show in a frame that runs nothing; hook messages as text, their JSON a click away', async () => {
  const user = userEvent.setup()
  fakeNetwork(outboxOf(email, hook, { ...hook, id: 'm0', signatureValid: false }))
  render(<LocalOutboxScreen />)
  expect((await screen.findByText(/^3 messages received/)).getAttribute('aria-live')).toBe('polite')
  const items = within(screen.getByRole('list', { name: 'Messages received, newest first' })).getAllByRole(
    'listitem',
  )
  expect(items).toHaveLength(3)

  const [mail, signed, unsigned] = items as [HTMLElement, HTMLElement, HTMLElement]
  expect(within(mail).getByRole('heading', { name: 'HR data warehouse is suspended' })).toBeTruthy()
  expect(within(mail).getByText(/^To hr-it@acme\.fr · Received /)).toBeTruthy()
  const frame = within(mail).getByTitle('The email as received: HR data warehouse is suspended')
  expect(frame.tagName).toBe('IFRAME')
  expect(frame.getAttribute('sandbox')).toBe('')
  expect(frame.getAttribute('srcdoc')).toBe(email.html)

  expect(within(signed).getByText('Signature verified ✓')).toBeTruthy()
  expect(within(signed).getByText('HR data warehouse is suspended')).toBeTruthy()
  const show = within(signed).getByRole('button', { name: 'Show the JSON received' })
  expect(show.getAttribute('aria-expanded')).toBe('false')
  await user.click(show)
  expect(within(signed).getByRole('button', { name: 'Hide the JSON' }).getAttribute('aria-expanded')).toBe(
    'true',
  )
  expect(within(signed).getByText(/"type": "alert.opened"/)).toBeTruthy()
  expect(within(unsigned).getByText(/^Signature not verified ✗/)).toBeTruthy()
})

afterEach(() => vi.useRealTimers())

test('while open, it reads the outbox again every few seconds and says how many arrived', async () => {
  vi.useFakeTimers({
    toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    shouldAdvanceTime: true,
  })
  let items: LocalOutboxItem[] = []
  fakeNetwork(http.get('*/api/alerts/local-outbox', () => HttpResponse.json({ items })))
  render(<LocalOutboxScreen />)
  expect(await screen.findByText(/^0 messages received/)).toBeTruthy()
  items = [email]
  await vi.advanceTimersByTimeAsync(3_000)
  expect(await screen.findByRole('heading', { name: 'HR data warehouse is suspended' })).toBeTruthy()
  expect(screen.getByText(/^1 message received/).getAttribute('aria-live')).toBe('polite')
})

test('an empty outbox says what will arrive', async () => {
  fakeNetwork(outboxOf())
  render(<LocalOutboxScreen />)
  expect(await screen.findByText(/Nothing received yet/)).toBeTruthy()
  expect(screen.getByRole('status').textContent).toMatch(/^0 messages received/)
})

test('a console with no local outbox says so; another failure says why', async () => {
  fakeNetwork(http.get('*/api/alerts/local-outbox', () => problem(404)))
  const { unmount } = render(<LocalOutboxScreen />)
  expect(await screen.findByText(/it has no local outbox/)).toBeTruthy()
  unmount()

  fakeNetwork(
    http.get('*/api/alerts/local-outbox', () =>
      problem(503, { extensions: { reason: 'database-unavailable' } }),
    ),
  )
  render(<LocalOutboxScreen />)
  expect((await screen.findByRole('alert')).textContent).toContain(
    'The console cannot reach its own database',
  )
})
