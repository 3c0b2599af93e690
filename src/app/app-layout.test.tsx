import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { http, HttpResponse } from 'msw'
import type { Session } from '../../contract/console-api'
import { fakeNetwork, problem, signedInAs } from '../test/network'
import { render } from '../test/render'
import { AppLayout } from './app-layout'

const production: Session = {
  user: { username: 'ada', role: 'admin' },
  accounts: [
    {
      id: 'prod',
      label: 'Acme (live)',
      environment: 'production',
      apiHost: 'https://acme.ilucca.net',
      allowsPrivateReceivers: false,
      testReceiverUrl: null,
    },
    {
      id: 'test',
      label: 'Acme (test)',
      environment: 'test',
      apiHost: 'https://acme.ilucca-test.net',
      allowsPrivateReceivers: false,
      testReceiverUrl: null,
    },
  ],
  activeAccountId: 'prod',
}

test('a signed-out admin gets the sign-in page, then the shell with the production account clearly marked', async () => {
  const user = userEvent.setup()
  let signedIn = false
  const refused = () => problem(401, { title: 'Unauthorized', extensions: { reason: 'not-signed-in' } })
  const network = fakeNetwork(
    http.get('*/api/session', () => (signedIn ? HttpResponse.json(production) : refused())),
    http.post('*/api/session', async ({ request }) => {
      const body: unknown = await request.json()
      signedIn = JSON.stringify(body) === JSON.stringify({ username: 'ada', password: 'correct horse' })
      return signedIn ? HttpResponse.json(production) : refused()
    }),
  )
  render(<AppLayout />)

  await user.type(await screen.findByRole('textbox', { name: 'Username' }), 'ada')
  await user.type(screen.getByLabelText(/^Password/), 'wrong')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  expect(await screen.findByText('Wrong username or password.')).toBeTruthy()

  await user.clear(screen.getByLabelText(/^Password/))
  await user.type(screen.getByLabelText(/^Password/), 'correct horse')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  expect(await screen.findByText(/Production account “Acme \(live\)”/)).toBeTruthy()
  expect(screen.getByRole('button', { name: /Active account: Acme \(live\)/ }).textContent).toContain(
    'Production',
  )
  const signIns = network.requests.filter((request) => request.method === 'POST')
  expect(signIns.every((request) => request.headers.get('X-Console-Request') === '1')).toBe(true)
})

test.each([
  ['a company session goes on to sign out at the provider', true],
  ['a local session stays here', false],
])('signing out: %s', { timeout: 20_000 }, async (_name, company) => {
  const user = userEvent.setup()
  const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined)
  const logoutUrl = 'https://login.example.com/session/end?id_token_hint=x'
  const network = fakeNetwork(
    signedInAs(production),
    http.delete('*/api/session', () =>
      company ? HttpResponse.json({ logoutUrl }) : new HttpResponse(null, { status: 204 }),
    ),
  )
  render(<AppLayout />)
  await user.click(await screen.findByRole('button', { name: 'Signed in as ada' }))
  // The menu's code loads on first use; under happy-dom its dropdown may stay unplaced, so hidden too.
  const item = await screen.findByRole('menuitem', { name: 'Sign out', hidden: true }, { timeout: 10_000 })
  item.click()
  await vi.waitFor(() => expect(network.requests.some((request) => request.method === 'DELETE')).toBe(true))
  await vi.waitFor(() => expect(assign.mock.calls).toEqual(company ? [[logoutUrl]] : []))
  assign.mockRestore()
})
