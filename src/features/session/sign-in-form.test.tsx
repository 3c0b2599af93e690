import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test } from 'vitest'
import { fakeNetwork, problem } from '../../test/network'
import { render } from '../../test/render'
import { SignInPage } from './sign-in-form'

afterEach(() => i18next.changeLanguage('en'))

const lockedOut = () =>
  http.post('*/api/session', () =>
    problem(
      429,
      { title: 'Too many failed sign-ins', extensions: { reason: 'login-throttled' } },
      { 'Retry-After': '897' },
    ),
  )

test.each([
  ['en', 'Username', /^Password/, 'Sign in', 'Too many attempts. Try again in 15 minutes.'],
  ['fr', 'Identifiant', /^Mot de passe/, 'Se connecter', 'Trop de tentatives. Réessayez dans 15 minutes.'],
])(
  'a locked-out admin reads the wait in minutes (%s), not 897 seconds',
  async (language, name, password, submit, message) => {
    await i18next.changeLanguage(language)
    const user = userEvent.setup()
    fakeNetwork(lockedOut())
    render(<SignInPage ended={null} />)
    await user.type(await screen.findByRole('textbox', { name }), 'ada')
    await user.type(screen.getByLabelText(password), 'wrong')
    await user.click(screen.getByRole('button', { name: submit }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent?.replace(/\s/g, ' ')).toBe(message)
  },
)

const methods = (local: 'on' | 'off' | 'break-glass') =>
  http.get('*/api/session/methods', () => HttpResponse.json({ oidc: true, local }))

test('company sign-in on, passwords off: one way in, to the identity provider', async () => {
  fakeNetwork(methods('off'))
  render(<SignInPage ended={null} />)
  const company = await screen.findByRole('link', { name: 'Sign in with your company account' })
  expect(company.getAttribute('href')).toBe('/api/session/oidc/start')
  expect(screen.getByText('Use the account you sign in to your company’s tools with.')).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: 'Username' })).toBeNull()
  expect(screen.queryByLabelText(/^Password/)).toBeNull()
})

test.each([
  ['on', 'or with a console password'],
  ['break-glass', 'Emergency access only: each sign-in is recorded'],
] as const)('company sign-in with passwords %s: both, the passwords said apart', async (local, label) => {
  fakeNetwork(methods(local))
  render(<SignInPage ended={null} />)
  expect(await screen.findByRole('link', { name: 'Sign in with your company account' })).toBeTruthy()
  expect(screen.getByText(label)).toBeTruthy()
  expect(screen.getByRole('textbox', { name: 'Username' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy()
})

test('in French, the company button in French', async () => {
  await i18next.changeLanguage('fr')
  fakeNetwork(methods('off'))
  render(<SignInPage ended={null} />)
  expect(
    await screen.findByRole('link', { name: 'Se connecter avec le compte de votre entreprise' }),
  ).toBeTruthy()
})

test('without company sign-in, the password form only, as before', async () => {
  render(<SignInPage ended={null} />)
  expect(await screen.findByRole('textbox', { name: 'Username' })).toBeTruthy()
  expect(screen.queryByRole('link', { name: /company account/ })).toBeNull()
})
