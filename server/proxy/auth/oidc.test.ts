import { rm } from 'node:fs/promises'
import { calculatePKCECodeChallenge } from 'openid-client'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { freshDataDir } from '../../../testing/embedded-template.ts'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import { startOidcProvider } from '../../../testing/oidc-provider.ts'
import { freePort } from '../../../testing/ports.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'

let stack: InProcessStack
let provider: Awaited<ReturnType<typeof startOidcProvider>>
/** Another provider, with the same client registered: an answer from it must not sign anyone in. */
let stranger: Awaited<ReturnType<typeof startOidcProvider>>
let dataDir = ''
let origin = ''

beforeAll(async () => {
  dataDir = await freshDataDir('oidc-test-')
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  const secret = 'client-secret-'.repeat(3)
  provider = await startOidcProvider({
    id: 'console',
    secret,
    redirectUri: `${origin}/api/session/oidc/callback`,
  })
  stranger = await startOidcProvider({
    id: 'console',
    secret,
    redirectUri: `${origin}/api/session/oidc/callback`,
  })
  stranger.setUser('alice', ['HR-Integrations-Admins'])
  provider.setUser('alice', ['HR-Integrations-Admins'])
  provider.setUser('victor', ['HR'])
  provider.setUser('nadia', ['Sales'])
  stack = await startStack({
    console: { run: 'in-process', options: {} },
    lucca: { emulator: 'in-process' },
    dataDir,
    env: {
      PORT: String(port),
      PUBLIC_ORIGIN: origin,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'console',
      OIDC_CLIENT_SECRET: secret,
      OIDC_ADMIN_GROUPS: 'HR-Integrations-Admins',
      OIDC_VIEWER_GROUPS: 'HR',
      LOCAL_LOGIN: 'off',
    },
  })
})
afterAll(async () => {
  await stack?.close()
  await provider?.close()
  await stranger?.close()
  await rm(dataDir, { recursive: true, force: true })
})

test('the sign-in page is told company sign-in is on and passwords are off', async () => {
  const methods = await stack.call('/api/session/methods')
  expect(await methods.json()).toEqual({ oidc: true, local: 'off' })
  const local = await stack.call('/api/session', {
    method: 'POST',
    body: { username: 'admin', password: 'any-password-at-all' },
  })
  expect(local.status).toBe(403)
})

test('start: a code flow with PKCE (S256), state and nonce, to the real provider', async () => {
  const response = await fetch(`${origin}/api/session/oidc/start`, { redirect: 'manual' })
  expect(response.status).toBe(302)
  const location = new URL(response.headers.get('location') ?? '')
  expect(location.origin).toBe(provider.issuer)
  expect(location.searchParams.get('code_challenge_method')).toBe('S256')
  expect(location.searchParams.get('response_type')).toBe('code')
  for (const name of ['state', 'nonce', 'code_challenge'])
    expect(location.searchParams.get(name)).toBeTruthy()
  expect(response.headers.get('set-cookie')).toMatch(/__Host-console-oidc=.*HttpOnly/i)
})

test('a callback with no flow of ours (replayed or forged) gets a plain page and is audited', async () => {
  const response = await stack.call('/api/session/oidc/callback?code=forged&state=forged')
  expect(response.status).toBe(400)
  expect(response.text).toContain('This sign-in link has expired')
  expect(response.headers.get('set-cookie') ?? '').not.toContain('__Host-console-session=')
  expect(await lastAudit()).toEqual({
    username: '(company sign-in)',
    action: 'session.sign-in-failed',
    status: 400,
  })
})

const lastAudit = () =>
  stack.console.database
    .selectFrom('audit')
    .select(['username', 'action', 'status'])
    .orderBy('id', 'desc')
    .executeTakeFirst()

const CALLBACK = (url: URL) => url.pathname === '/api/session/oidc/callback'

/** Our callback, as a browser (or an attacker who copied its request) sends it. */
async function callback(url: string, cookie: string) {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie } })
  return { status: response.status, text: await response.text(), setCookie: response.headers.getSetCookie() }
}

/** Expects the plain refusal page, no session, the audit row that says so, and `why` in the log. */
async function expectRefused(answer: Awaited<ReturnType<typeof callback>>, why: RegExp) {
  const refusals = stack.console.watch.logs.filter((line) => line.includes('did not check out'))
  const logged = JSON.parse(refusals.at(-1) ?? '{}') as { err?: { message?: string } }
  expect(logged.err?.message).toMatch(why)
  expect(answer.status).toBe(400)
  expect(answer.text).toContain('Sign-in could not be checked')
  expect(answer.setCookie.join()).not.toContain('__Host-console-session=')
  expect(await lastAudit()).toEqual({
    username: '(company sign-in)',
    action: 'session.sign-in-failed',
    status: 400,
  })
}

test('a replayed callback (its code used twice, with its flow cookie) is refused the second time', async () => {
  const { url, cookie } = await oidcBrowser().reach(`${origin}/api/session/oidc/start`, 'alice', CALLBACK)
  expect((await callback(url, cookie)).status).toBe(303)
  // The provider refuses a code it has seen (invalid_grant), and revokes what it issued with it.
  await expectRefused(await callback(url, cookie), /error in the response body/)
})

test("a callback whose state is not the flow's is refused", async () => {
  const { url, cookie } = await oidcBrowser().reach(`${origin}/api/session/oidc/start`, 'alice', CALLBACK)
  const forged = new URL(url)
  forged.searchParams.set('state', 'forged-state')
  await expectRefused(await callback(forged.href, cookie), /unexpected "state"/)
})

/**
 * The flow cookie's secrets (signed, not hidden: the browser holding them is the user's), to make an
 * authorization request of our own with them, as a mix-up or injection attacker would.
 */
async function ownRequest(issuer: string, nonce?: string) {
  const browser = oidcBrowser()
  await browser.reach(
    `${origin}/api/session/oidc/start`,
    'alice',
    (url) => url.origin === issuer || url.origin === provider.issuer,
  )
  const raw = decodeURIComponent(browser.jar.get('__Host-console-oidc') ?? '')
  const flow = JSON.parse(raw.slice(0, raw.lastIndexOf('.'))) as {
    verifier: string
    state: string
    nonce: string
  }
  const authorize = new URL('/auth', issuer)
  authorize.search = new URLSearchParams({
    client_id: 'console',
    redirect_uri: `${origin}/api/session/oidc/callback`,
    response_type: 'code',
    scope: 'openid email profile',
    state: flow.state,
    nonce: nonce ?? flow.nonce,
    code_challenge: await calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
  }).toString()
  return browser.reach(authorize.href, 'alice', CALLBACK)
}

test("an ID token with another nonce than the flow's is refused", async () => {
  const { url, cookie } = await ownRequest(provider.issuer, 'another-nonce')
  await expectRefused(await callback(url, cookie), /"nonce" claim/)
})

test('an answer from another provider (another issuer) is refused, with or without its iss', async () => {
  const { url, cookie } = await ownRequest(stranger.issuer)
  expect(new URL(url).searchParams.get('iss')).toBe(stranger.issuer)
  await expectRefused(await callback(url, cookie), /unexpected "iss"/)
  // Without it: our provider says it always sends one (RFC 9207), so its absence is refused as well.
  const again = await ownRequest(stranger.issuer)
  const stripped = new URL(again.url)
  stripped.searchParams.delete('iss')
  await expectRefused(await callback(stripped.href, again.cookie), /"iss" \(issuer\) missing/)
  // With our provider's iss put in its place: the stranger's code goes to our provider, which never issued it.
  const third = await ownRequest(stranger.issuer)
  const disguised = new URL(third.url)
  disguised.searchParams.set('iss', provider.issuer)
  await expectRefused(await callback(disguised.href, third.cookie), /error in the response body/)
})

/** Signs in at the real provider as a browser would (its dev login and consent forms), up to our callback. */
async function signInThrough(sub: string) {
  const browser = oidcBrowser()
  const { status, text } = await browser.walk(
    `${origin}/api/session/oidc/start`,
    sub,
    (url) => url.pathname === '/api/session/oidc/callback',
  )
  return { status, text, cookie: browser.session() }
}

test('an admin and a viewer sign in through the provider, with the role their group gives', async () => {
  for (const [sub, role] of [
    ['alice', 'admin'],
    ['victor', 'viewer'],
  ] as const) {
    const { status, cookie } = await signInThrough(sub)
    expect(status).toBe(303)
    const session = await stack.call('/api/session', { cookie })
    expect(session.json()).toMatchObject({ user: { username: `${sub}@example.com`, role } })
  }
})

test('a user in neither group is refused with a plain page, and no session', async () => {
  const { status, text, cookie } = await signInThrough('nadia')
  expect(status).toBe(403)
  expect(text).toContain('Your account has no access to this console')
  expect(cookie).toBeNull()
})
