import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { http, HttpResponse } from 'msw'
import type { Session } from '../../contract/console-api'
import { fakeNetwork, problem } from '../test/network'
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
