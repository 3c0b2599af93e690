import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, expect, test } from 'vitest'
import type { Session } from '../../contract/console-api'
import { render } from '../test/render'
import { EmergencyBanner } from './emergency-banner'

afterEach(async () => {
  localStorage.clear()
  await i18next.changeLanguage('en')
})

const at = '2026-12-04T08:05:00Z'
const session = (notice: Session['emergencySignIn']): Session => ({
  user: { username: 'zoe@example.com', role: 'admin' },
  accounts: [],
  activeAccountId: 'default',
  ...(notice === undefined ? {} : { emergencySignIn: notice }),
})
// In the test's own time zone, as the banner shows it: the point is the language's form, not the zone.
const local = new Date(at)
const pad = (n: number) => String(n).padStart(2, '0')

test('the other admins are told the emergency account signed in, with its audit trail a link away', () => {
  const { router } = render(<EmergencyBanner session={session({ username: 'admin', at })} />)
  const banner = screen.getByRole('region', { name: /^The emergency account admin signed in on / })
  expect(banner.textContent).toContain('12/4/26')
  const link = screen.getByRole('link', { name: 'Audit trail' })
  expect(link.getAttribute('href')).toBe('/audit?username=admin')
  expect(router.state.location.pathname).toBe('/')
})

test('in French, the date reads dd/mm/yyyy and the time 24 h', async () => {
  await i18next.changeLanguage('fr')
  render(<EmergencyBanner session={session({ username: 'admin', at })} />)
  const when = `${pad(local.getDate())}/${pad(local.getMonth() + 1)}/${local.getFullYear()} ${pad(local.getHours())}:${pad(local.getMinutes())}`
  expect(
    screen.getByRole('region', { name: `Le compte de secours admin s’est connecté le ${when}.` }),
  ).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Journal d’audit' })).toBeTruthy()
})

test('an admin dismisses it from the keyboard, for themselves, until the account signs in again', async () => {
  const user = userEvent.setup()
  const first = render(<EmergencyBanner session={session({ username: 'admin', at })} />)
  await user.tab()
  await user.tab()
  expect(document.activeElement?.getAttribute('aria-label')).toBe('Dismiss')
  await user.keyboard('{Enter}')
  expect(screen.queryByRole('region')).toBeNull()
  first.unmount()

  // Reloaded: still dismissed for this admin; another admin in this browser still sees it.
  const again = render(<EmergencyBanner session={session({ username: 'admin', at })} />)
  expect(screen.queryByRole('region')).toBeNull()
  again.unmount()
  const other = {
    ...session({ username: 'admin', at }),
    user: { username: 'yves@example.com', role: 'admin' as const },
  }
  const byOther = render(<EmergencyBanner session={other} />)
  expect(screen.getByRole('region')).toBeTruthy()
  byOther.unmount()

  // A later sign-in of the emergency account shows again.
  render(<EmergencyBanner session={session({ username: 'admin', at: '2026-12-04T18:00:00Z' })} />)
  expect(screen.getByRole('region')).toBeTruthy()
})

test('nothing shows without a notice (an older proxy, or none to tell)', () => {
  render(<EmergencyBanner session={session(undefined)} />)
  expect(screen.queryByRole('region')).toBeNull()
})
