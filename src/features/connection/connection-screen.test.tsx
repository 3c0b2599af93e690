import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import type { ConnectionCheck, ConnectionStep } from '../../../contract/console-connection-api'
import { fakeNetwork, problem } from '../../test/network'
import { render } from '../../test/render'
import { ConnectionScreen } from './connection-screen'

const passed = (id: ConnectionStep['id']): ConnectionStep => ({
  id,
  status: 'ok',
  reason: 'ok',
  result: 'Passed.',
  fix: null,
  detail: 'HTTP 200',
  values: {},
})
const skipped = (id: ConnectionStep['id']): ConnectionStep => ({
  id,
  status: 'skipped',
  reason: 'skipped',
  result: 'Not checked: an earlier step failed.',
  fix: null,
  detail: null,
  values: {},
})

// What the proxy answers for a client Lucca does not know (server/proxy/connection/check.ts).
const refused: ConnectionCheck = {
  accountId: 'acme',
  label: 'acme.ilucca.net',
  checkedAt: '2026-12-04T10:00:00Z',
  ok: false,
  steps: [
    passed('config'),
    passed('reach'),
    passed('token-endpoint'),
    {
      id: 'credentials',
      status: 'failed',
      reason: 'invalid_client',
      result: 'Lucca does not recognise this client id and secret.',
      fix: 'Open the admin page.',
      detail: 'OAuth error: invalid_client (HTTP 401)',
      values: { adminUrl: 'https://acme.ilucca.net/admin/integration-keys', clientId: 'console-prod' },
    },
    skipped('scopes'),
    skipped('webhook-api'),
    skipped('budget'),
  ],
}

function respondWith(check: ConnectionCheck) {
  return fakeNetwork(http.get('*/api/accounts/acme/connection-check', () => HttpResponse.json(check)))
}

const stepOf = (name: RegExp) => {
  const heading = screen.getByRole('heading', { name })
  const item = heading.closest('[data-step]')
  if (!(item instanceof HTMLElement)) throw new Error(`no step around ${heading.textContent ?? ''}`)
  return item
}

test('a refused client: the failing step says what happened and what to do, at the exact admin page', async () => {
  respondWith(refused)
  render(<ConnectionScreen accountId="acme" />)
  expect(
    await screen.findByText('A step failed: fix it for the console to work with acme.ilucca.net.'),
  ).toBeTruthy()
  const credentials = stepOf(/4\. Client id and secret/)
  expect(credentials.getAttribute('data-status')).toBe('failed')
  expect(within(credentials).getByText('Failed')).toBeTruthy()
  expect(credentials.textContent).toContain(
    'Lucca does not recognise this client id and secret: check them in Lucca under Integration keys.',
  )
  expect(credentials.textContent).toContain(
    'What to do: Open https://acme.ilucca.net/admin/integration-keys, find the client application console-prod',
  )
  // The OAuth code is for the integrator, a click away.
  const developer = within(credentials).getByText('For your developer').closest('details')
  expect(developer?.open).toBe(false)
  expect(developer?.textContent).toContain('OAuth error: invalid_client (HTTP 401)')
  // Steps after it were not run, and say so rather than passing.
  const scopes = stepOf(/5\. Scopes/)
  expect(scopes.getAttribute('data-status')).toBe('skipped')
  expect(scopes.textContent).toContain('Not checked: an earlier step failed.')
  // A passed step shows no fix.
  expect(stepOf(/1\. Configuration/)?.textContent).not.toContain('What to do')
})

test('in French, with a reason the SPA has no words for kept in the proxy’s English', async () => {
  await i18next.changeLanguage('fr')
  const odd: ConnectionStep = {
    id: 'token-endpoint',
    status: 'failed',
    reason: 'http-418',
    result: 'The token endpoint answered HTTP 418.',
    fix: 'Check LUCCA_TOKEN_URL.',
    detail: null,
    values: {},
  }
  respondWith({
    ...refused,
    steps: [passed('config'), passed('reach'), odd, ...refused.steps.slice(4)],
  })
  render(<ConnectionScreen accountId="acme" />)
  const token = await screen.findByRole('heading', { name: /3\. Service de jetons/ })
  const item = token.closest('[data-step]')
  expect(item?.textContent).toContain('Échouée')
  expect(item?.textContent).toContain('The token endpoint answered HTTP 418.')
  expect(item?.textContent).toContain('Que faire : Check LUCCA_TOKEN_URL.')
})

test('every step passed: one line says so; "Check again" runs the check once more', async () => {
  const all = ['config', 'reach', 'token-endpoint', 'credentials', 'scopes', 'webhook-api', 'budget'] as const
  const { requests } = respondWith({ ...refused, ok: true, steps: all.map(passed) })
  render(<ConnectionScreen accountId="acme" />)
  expect(
    await screen.findByText('Every step passed: the console is connected to acme.ilucca.net.'),
  ).toBeTruthy()
  expect(screen.getAllByText('Passed')).toHaveLength(7)
  await userEvent.click(screen.getByRole('button', { name: 'Check again' }))
  await expect.poll(() => requests.length).toBe(2)
})

test('the check itself failing shows the error, not an empty page', async () => {
  fakeNetwork(
    http.get('*/api/accounts/acme/connection-check', () =>
      problem(403, { detail: 'Admins only', extensions: { reason: 'forbidden-role' } }),
    ),
  )
  render(<ConnectionScreen accountId="acme" />)
  expect((await screen.findByRole('alert')).textContent).toContain('Your role does not allow this action.')
})
