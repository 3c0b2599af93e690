import { screen } from '@testing-library/react'
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

test('nothing shows without a notice (an older proxy, or none to tell)', () => {
  render(<EmergencyBanner session={session(undefined)} />)
  expect(screen.queryByRole('region')).toBeNull()
})
