import { afterAll, beforeAll, expect, test } from 'vitest'
import { SessionSchema } from '../../../contract/console-api.ts'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import {
  startCompanyConsole,
  type CompanyConsole,
  type OidcProvider,
} from '../../../testing/company-console.ts'
import type { InProcessStack } from '../../../testing/stack.ts'

// LOCAL_LOGIN=break-glass:admin (issue 17): the emergency account's sign-ins are audited, and the other
// admins are told of the last one in the session view for 24 hours; against a real oidc-provider.
let stack: InProcessStack
let provider: OidcProvider
let company: CompanyConsole | undefined
let origin = ''
let now = Date.now()

beforeAll(async () => {
  company = await startCompanyConsole({
    dataDirPrefix: 'break-glass-test-',
    options: { now: () => now },
    env: { LOCAL_LOGIN: 'break-glass:admin' },
  })
  ;({ stack, provider, origin } = company)
})
afterAll(() => company?.close())

async function companySignIn(sub: string, groups: string[]) {
  provider.setUser(sub, groups)
  const browser = oidcBrowser()
  const callback = await browser.walk(
    `${origin}/api/session/oidc/start`,
    sub,
    (url) => url.pathname === '/api/session/oidc/callback',
  )
  expect(callback.status).toBe(303)
  const cookie = browser.session()
  if (!cookie) throw new Error(`${sub} got no session`)
  return cookie
}

const viewOf = async (cookie: string) => {
  const answer = await stack.call('/api/session', { cookie })
  expect(answer.status).toBe(200)
  return SessionSchema.parse(answer.json())
}

test('the emergency sign-in is audited and shown to the other admins for 24 hours, not to viewers', async () => {
  const zoe = await companySignIn('zoe', ['HR-Integrations-Admins'])
  const viewer = await companySignIn('yann', ['HR'])
  expect(await viewOf(zoe)).not.toHaveProperty('emergencySignIn')

  const before = Date.now()
  const admin = await stack.signIn()
  const audited = await stack.console.database
    .selectFrom('audit')
    .select(['action', 'status', 'at'])
    .where('username', '=', 'admin')
    .execute()
  expect(audited).toEqual([{ action: 'session.sign-in', status: 200, at: expect.any(Date) }])

  const told = (await viewOf(zoe)).emergencySignIn
  expect(told?.username).toBe('admin')
  expect(Date.parse(told?.at ?? '')).toBeGreaterThanOrEqual(before - 1000)
  // Not to the emergency account itself, nor to a viewer, who can do nothing about it.
  expect(await viewOf(admin)).not.toHaveProperty('emergencySignIn')
  expect(await viewOf(viewer)).not.toHaveProperty('emergencySignIn')

  now += 25 * 60 * 60_000
  const later = await companySignIn('xavi', ['HR-Integrations-Admins'])
  expect(await viewOf(later)).not.toHaveProperty('emergencySignIn')
})
