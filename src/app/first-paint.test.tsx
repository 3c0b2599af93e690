import { screen } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, expect, test } from 'vitest'
import { AppLayout } from './app-layout'
import { PageHeader } from '../components/page-header'
import { fakeNetwork, problem } from '../test/network'
import { render } from '../test/render'
import { changeLanguage } from '../lib/language'

// The frame the proxy paints into the HTML (server/proxy/first-paint.ts), as it stands before the SPA runs.
function paintFrame() {
  const frame = document.createElement('div')
  frame.id = 'first-paint'
  frame.innerHTML = '<h1>Webhook endpoints</h1>'
  document.body.prepend(frame)
}
afterEach(() => {
  document.getElementById('first-paint')?.remove()
  document.cookie = 'console.language=; Path=/; Max-Age=0'
})

test('a page’s own header takes the place of the painted frame', async () => {
  paintFrame()
  render(<PageHeader title="Webhook endpoints" />)
  expect(await screen.findByRole('heading', { name: 'Webhook endpoints' })).toBeTruthy()
  expect(document.getElementById('first-paint')).toBeNull()
})

test('a session gone by the time the SPA asks: the sign-in form replaces the frame', async () => {
  paintFrame()
  fakeNetwork(
    http.get('*/api/session', () =>
      problem(401, { title: 'Unauthorized', extensions: { reason: 'not-signed-in' } }),
    ),
  )
  render(<AppLayout />)
  expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy()
  expect(document.getElementById('first-paint')).toBeNull()
})

test('the language is remembered for the next first paint only once the admin chooses one', async () => {
  expect(document.cookie).not.toContain('console.language=')
  await changeLanguage('fr')
  expect(document.cookie).toContain('console.language=fr')
})
