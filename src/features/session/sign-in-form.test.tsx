import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http } from 'msw'
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
