import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import type { Session } from '../../contract/console-api'
import { fakeNetwork, problem, signedInAs } from '../test/network'
import { render } from '../test/render'
import { AppNav } from './app-nav'

const viewer: Session = {
  user: { username: 'ada', role: 'viewer' },
  accounts: [
    {
      id: 'emulator',
      label: 'Local emulator',
      environment: 'emulator',
      apiHost: 'http://127.0.0.1:4010',
      allowsPrivateReceivers: true,
      testReceiverUrl: null,
    },
  ],
  activeAccountId: 'emulator',
}
const nav = () => screen.findByRole('navigation', { name: 'Main' })

test('the local outbox has an entry only where the console has one; the alerts are under their own', async () => {
  const network = fakeNetwork(
    signedInAs(viewer),
    http.get('*/api/alerts/local-outbox', () => HttpResponse.json({ items: [] })),
  )
  render(<AppNav onNavigate={() => undefined} />, { path: '/alerts/local-outbox' })
  await nav()
  const outbox = await screen.findByRole('link', { name: 'Local outbox' })
  expect(outbox.getAttribute('href')).toBe('/alerts/local-outbox')
  expect(outbox.hasAttribute('data-active')).toBe(true)
  expect(screen.getByRole('link', { name: 'Alerts' }).hasAttribute('data-active')).toBe(false)
  // Asked once, however often the nav renders.
  expect(network.requests.filter((request) => request.path === '/api/alerts/local-outbox')).toHaveLength(1)
})

test('with no local outbox (404), there is no entry for it; the alerts entry is there for viewers too', async () => {
  const network = fakeNetwork(
    signedInAs(viewer),
    http.get('*/api/alerts/local-outbox', () => problem(404)),
  )
  render(<AppNav onNavigate={() => undefined} />, { path: '/alerts/rules' })
  await nav()
  await waitFor(() =>
    expect(network.requests.some((request) => request.path === '/api/alerts/local-outbox')).toBe(true),
  )
  const alerts = screen.getByRole('link', { name: 'Alerts' })
  expect(alerts.hasAttribute('data-active')).toBe(true)
  expect(screen.queryByRole('link', { name: 'Local outbox' })).toBeNull()
  expect(screen.queryByRole('link', { name: 'Users' })).toBeNull()
})
