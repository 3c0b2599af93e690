import { generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { UsersSchema } from '../../../contract/console-users-api.ts'
import { openEventStream } from '../../../testing/event-stream.ts'
import { eventually } from '../../../testing/eventually.ts'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import {
  startCompanyConsole,
  type CompanyConsole,
  type OidcProvider,
} from '../../../testing/company-console.ts'
import type { InProcessStack } from '../../../testing/stack.ts'

// The session's life after a company sign-in (issue 17): rechecks, sign-out on both sides, back-channel
// logout; all against a real oidc-provider, the console's clock injected so that 15 minutes take none.
let stack: InProcessStack
let provider: OidcProvider
let company: CompanyConsole | undefined
let origin = ''
let now = Date.now()
const RECHECK = 15 * 60_000
const BACKCHANNEL = '/api/session/oidc/backchannel-logout'

beforeAll(async () => {
  company = await startCompanyConsole({
    dataDirPrefix: 'oidc-session-test-',
    logout: true,
    options: {
      now: () => now,
      // The live streams check their sessions every 300 ms, and may outlive a request's time bound.
      streamTimings: { statusMs: 300, heartbeatMs: 200, sessionCheckMs: 300 },
      clientTimeouts: { headersMs: 1000, requestMs: 1000, checkEveryMs: 100 },
    },
    env: { OIDC_VIEWER_GROUPS: 'HR,HR-Readers', LOCAL_LOGIN: 'on' },
  })
  ;({ stack, provider, origin } = company)
})
afterAll(() => company?.close())

/** Signs `sub` in through the provider, as a browser; returns that browser and its session cookie. */
async function signedIn(sub: string) {
  const browser = oidcBrowser()
  const callback = await browser.walk(
    `${origin}/api/session/oidc/start`,
    sub,
    (url) => url.pathname === '/api/session/oidc/callback',
  )
  expect(callback.status).toBe(303)
  const cookie = browser.session()
  if (!cookie) throw new Error(`${sub} got no session`)
  const stored = await stack.console.database.selectFrom('oidc_sessions').selectAll().execute()
  // What the provider gave stays server-side: the leak watch fails the file if a refresh token shows.
  stack.console.watch.secret(...stored.flatMap((row) => (row.refresh_token ? [row.refresh_token] : [])))
  return { browser, cookie }
}

const sessionOf = async (cookie: string) => {
  const answer = await stack.call('/api/session', { cookie })
  return { status: answer.status, body: answer.json() as Record<string, unknown>, text: answer.text }
}

const auditOf = (username: string) =>
  stack.console.database
    .selectFrom('audit')
    .select(['action', 'status'])
    .where('username', '=', username)
    .orderBy('id')
    .execute()

test('a user removed at the provider loses the console session at the next recheck, audited', async () => {
  provider.setUser('bob', ['HR-Integrations-Admins'])
  const { cookie } = await signedIn('bob')
  const [row] = await stack.console.database.selectFrom('oidc_sessions').selectAll().execute()
  expect(row?.refresh_token).toBeTruthy()
  const before = await sessionOf(cookie)
  expect(before.body).toMatchObject({ user: { username: 'bob@example.com', role: 'admin' } })
  expect(before.text).not.toContain(row?.id_token)

  provider.removeUser('bob')
  now += RECHECK - 60_000
  expect((await sessionOf(cookie)).status).toBe(200) // not due yet: the provider is not asked
  now += 2 * 60_000
  const after = await sessionOf(cookie)
  expect(after.status).toBe(401)
  expect(after.body).toMatchObject({ extensions: { reason: 'not-signed-in' } })
  expect(await auditOf('bob@example.com')).toEqual([
    { action: 'session.sign-in', status: 200 },
    { action: 'session.ended-by-provider', status: 401 },
  ])
  expect((await sessionOf(cookie)).status).toBe(401)
})

test('a session the provider gave no refresh token ends at its first recheck', async () => {
  provider.setUser('kim', ['HR'])
  provider.withoutRefreshToken('kim')
  const { cookie } = await signedIn('kim')
  const kept = await stack.console.database
    .selectFrom('oidc_sessions')
    .select('refresh_token')
    .where('sub', '=', 'kim')
    .execute()
  expect(kept).toEqual([{ refresh_token: null }])
  expect((await sessionOf(cookie)).status).toBe(200)
  now += RECHECK + 1000
  expect((await sessionOf(cookie)).status).toBe(401)
  expect((await auditOf('kim@example.com')).at(-1)).toEqual({
    action: 'session.ended-by-provider',
    status: 401,
  })
})

test('an open live stream is rechecked too, and ends when its user is removed at the provider', async () => {
  provider.setUser('jude', ['HR'])
  const { cookie } = await signedIn('jude')
  const stream = await openEventStream(`${origin}/api/history/stream`, { cookie })
  expect(stream.status).toBe(200)
  provider.removeUser('jude')
  now += RECHECK + 1000
  // No request of the tab's own: the stream's session check asks the provider, and the stream ends.
  await stream.ended
  expect((await auditOf('jude@example.com')).at(-1)).toEqual({
    action: 'session.ended-by-provider',
    status: 401,
  })
  expect((await sessionOf(cookie)).status).toBe(401)
})

test('a user moved from the admin group to the viewer group is a viewer at the next recheck', async () => {
  provider.setUser('carol', ['HR-Integrations-Admins'])
  const { cookie } = await signedIn('carol')
  expect((await sessionOf(cookie)).body).toMatchObject({ user: { role: 'admin' } })
  const endpoints = () => stack.call('/lucca-api/webhook-endpoints', { method: 'POST', cookie, body: {} })
  expect((await endpoints()).status).not.toBe(403)

  provider.setUser('carol', ['HR'])
  now += RECHECK + 1000
  expect((await sessionOf(cookie)).body).toMatchObject({
    user: { username: 'carol@example.com', role: 'viewer' },
  })
  expect((await endpoints()).status).toBe(403)
  const changed = await stack.console.database
    .selectFrom('audit')
    .select(['username', 'target', 'status'])
    .where('action', '=', 'user.role')
    .execute()
  expect(changed).toEqual([{ username: '(company sign-in)', target: 'users/carol@example.com', status: 200 }])

  // The refreshed tokens work for the recheck after: then out of every group, the session ends.
  provider.setUser('carol', ['Sales'])
  now += RECHECK + 1000
  expect((await sessionOf(cookie)).status).toBe(401)
  expect((await auditOf('carol@example.com')).at(-1)).toEqual({
    action: 'session.ended-by-provider',
    status: 403,
  })
})

test('requests that all come when the recheck is due spend the refresh token once', async () => {
  // The provider rotates refresh tokens, and revokes the grant when one is used twice: a second refresh
  // with the same token would end the session at the recheck after.
  provider.setUser('hugo', ['HR'])
  const { cookie } = await signedIn('hugo')
  now += RECHECK + 1000
  const answers = await Promise.all(Array.from({ length: 6 }, () => sessionOf(cookie)))
  expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200])
  now += RECHECK + 1000
  expect((await sessionOf(cookie)).status).toBe(200)
  expect((await auditOf('hugo@example.com')).map((entry) => entry.action)).toEqual(['session.sign-in'])
})

test('while the provider cannot be reached the session goes on, and is rechecked once it is back', async () => {
  provider.setUser('iris', ['HR'])
  const { cookie } = await signedIn('iris')
  await provider.pause()
  try {
    now += RECHECK + 1000
    expect((await sessionOf(cookie)).status).toBe(200)
    now += 5 * 60_000
    expect((await sessionOf(cookie)).status).toBe(200)
  } finally {
    await provider.resume()
  }
  provider.removeUser('iris')
  now += 61_000 // past the failed attempt's lease: the next request asks again
  expect((await sessionOf(cookie)).status).toBe(401)
})

test('signing out ends the console session and sends the browser to sign out at the provider too', async () => {
  provider.setUser('dora', ['HR'])
  const { browser, cookie } = await signedIn('dora')
  const answer = await stack.call('/api/session', { method: 'DELETE', cookie })
  expect(answer.status).toBe(200)
  const { logoutUrl } = answer.json() as { logoutUrl: string }
  const url = new URL(logoutUrl)
  expect(url.origin).toBe(provider.issuer)
  expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${origin}/`)
  expect(url.searchParams.get('id_token_hint')).toBeTruthy()
  expect((await sessionOf(cookie)).status).toBe(401)

  // At the provider: its logout page, confirmed, then back to the console's start page.
  const back = await browser.walk(logoutUrl, 'dora', (at) => at.origin === origin)
  expect(back.url).toBe(`${origin}/`)
})

test('a local user signs out as before: 204, no body, no provider', async () => {
  const cookie = await stack.signIn()
  const answer = await stack.call('/api/session', { method: 'DELETE', cookie })
  expect(answer.status).toBe(204)
  expect(answer.text).toBe('')
})

test('signing out at the provider ends the console session through back-channel logout', async () => {
  provider.setUser('erin', ['HR'])
  const { browser, cookie } = await signedIn('erin')
  const other = await signedIn('erin')
  expect((await sessionOf(other.cookie)).status).toBe(200)

  // Erin signs out at the provider from elsewhere (another application's sign-out button, say).
  const done = await browser.walk(`${provider.issuer}/session/end?client_id=console`, 'erin', () => false)
  expect(done.status).toBe(200)
  await eventually(async () => expect((await sessionOf(cookie)).status).toBe(401), 5000)
  // Only the provider session that signed out: Erin's other browser goes on.
  expect((await sessionOf(other.cookie)).status).toBe(200)
  expect((await auditOf('erin@example.com')).at(-1)).toEqual({
    action: 'session.ended-by-provider',
    status: 200,
  })
})

/** Posts a logout token as the provider's server does: a form, no cookie, no CSRF header. */
const postLogout = (token: string, path = BACKCHANNEL) =>
  fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ logout_token: token }).toString(),
  })

test('a logout token that does not check out is refused with 400, audited, and ends nothing', async () => {
  provider.setUser('gina', ['HR'])
  const { cookie } = await signedIn('gina')
  const [row] = await stack.console.database
    .selectFrom('oidc_sessions')
    .select('sid')
    .where('sub', '=', 'gina')
    .execute()
  const at = Math.floor(Date.now() / 1000)
  const valid = {
    iss: provider.issuer,
    aud: 'console',
    iat: at,
    exp: at + 120,
    jti: 'logout-1',
    events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    sub: 'gina',
    sid: row?.sid ?? '',
  }
  const { privateKey } = await generateKeyPair('RS256')
  const strangerSigned = await new SignJWT(valid)
    .setProtectedHeader({ alg: 'RS256', typ: 'logout+jwt' })
    .sign(privateKey)
  const { sub: _sub, sid: _sid, ...nameless } = valid
  const { events: _events, ...eventless } = valid
  const tokens = [
    strangerSigned,
    'not-a-jwt',
    '',
    await provider.sign({ ...valid, iss: 'https://login.example.com' }),
    await provider.sign({ ...valid, aud: 'another-client' }),
    await provider.sign({ ...valid, iat: at - 10 * 60, exp: at + 60 }),
    await provider.sign({ ...valid, exp: at - 60 }),
    await provider.sign(eventless),
    await provider.sign({ ...valid, events: { 'http://schemas.openid.net/event/other': {} } }),
    await provider.sign({
      ...valid,
      events: { 'http://schemas.openid.net/event/backchannel-logout': 'yes' },
    }),
    await provider.sign({ ...valid, nonce: 'n-0S6_WzA2Mj' }),
    await provider.sign(nameless),
  ]
  for (const token of tokens) {
    const answer = await postLogout(token)
    expect(answer.status).toBe(400)
    expect(answer.headers.get('cache-control')).toBe('no-store')
  }
  expect((await sessionOf(cookie)).status).toBe(200)
  const refused = await auditOf('(company sign-out)')
  expect(refused).toEqual(tokens.map(() => ({ action: 'session.ended-by-provider', status: 400 })))

  // The same claims, well signed, at that path only: the exemption from the CSRF header is that exact path.
  const signed = await provider.sign(valid)
  expect((await postLogout(signed, `${BACKCHANNEL}?x=1`)).status).toBe(403)
  expect((await postLogout(signed)).status).toBe(200)
  expect((await sessionOf(cookie)).status).toBe(401)
})

test('a logout token with a sub and no sid ends every session of that user', async () => {
  provider.setUser('hana', ['HR'])
  const first = await signedIn('hana')
  const second = await signedIn('hana')
  provider.setUser('ivan', ['HR'])
  const bystander = await signedIn('ivan')
  const at = Math.floor(Date.now() / 1000)
  const token = await provider.sign({
    iss: provider.issuer,
    aud: 'console',
    iat: at,
    exp: at + 120,
    jti: 'logout-2',
    events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    sub: 'hana',
  })
  expect((await postLogout(token)).status).toBe(200)
  expect((await sessionOf(first.cookie)).status).toBe(401)
  expect((await sessionOf(second.cookie)).status).toBe(401)
  expect((await sessionOf(bystander.cookie)).status).toBe(200)
  expect(await auditOf('hana@example.com')).toEqual([
    { action: 'session.sign-in', status: 200 },
    { action: 'session.sign-in', status: 200 },
    { action: 'session.ended-by-provider', status: 200 },
    { action: 'session.ended-by-provider', status: 200 },
  ])
})

const usersSeenBy = async (cookie: string) =>
  UsersSchema.parse((await stack.call('/api/users', { cookie })).json()).items

test('the Users page tells a company user from a local one, and which group gave the role', async () => {
  provider.setUser('lena', ['Sales', 'HR-Integrations-Admins'])
  const { cookie } = await signedIn('lena')
  const admin = await stack.signIn()
  const items = await usersSeenBy(admin)
  expect(items.find((user) => user.username === 'lena@example.com')).toMatchObject({
    role: 'admin',
    source: 'company',
    roleOrigin: 'HR-Integrations-Admins',
    sessions: [expect.objectContaining({ current: false })],
  })
  expect(items.find((user) => user.username === 'admin')).toMatchObject({
    source: 'password',
    roleOrigin: null,
  })

  // A company user has no password, and is given none: a reset is refused, and they stay a company user.
  const reset = await stack.call('/api/users/lena@example.com/password', { method: 'POST', cookie: admin })
  expect(reset.status).toBe(409)
  expect(reset.json()).toMatchObject({ extensions: { reason: 'conflict' } })
  expect(reset.json()).not.toHaveProperty('password')
  expect((await sessionOf(cookie)).status).toBe(200)
  expect((await usersSeenBy(admin)).find((user) => user.username === 'lena@example.com')?.source).toBe(
    'company',
  )
})

test('a recheck that finds the role given by another group keeps that group, with no role change', async () => {
  provider.setUser('milo', ['HR'])
  const { cookie } = await signedIn('milo')
  const admin = await stack.signIn()
  const milo = async () => (await usersSeenBy(admin)).find((user) => user.username === 'milo@example.com')
  expect(await milo()).toMatchObject({ role: 'viewer', roleOrigin: 'HR' })
  provider.setUser('milo', ['HR-Readers'])
  now += RECHECK + 1000
  expect((await sessionOf(cookie)).status).toBe(200)
  expect(await milo()).toMatchObject({ role: 'viewer', roleOrigin: 'HR-Readers' })
  expect((await auditOf('(company sign-in)')).filter((entry) => entry.action === 'user.role')).toHaveLength(1)
})

test('an admin ending a company session drops the provider tokens stored with it', async () => {
  provider.setUser('nora', ['HR'])
  const first = await signedIn('nora')
  const second = await signedIn('nora')
  const admin = await stack.signIn()
  const tokensOfNora = () =>
    stack.console.database.selectFrom('oidc_sessions').select('sub').where('sub', '=', 'nora').execute()
  expect(await tokensOfNora()).toHaveLength(2)
  const nora = (await usersSeenBy(admin)).find((user) => user.username === 'nora@example.com')
  const [one] = nora?.sessions ?? []
  if (!one) throw new Error('no session listed')
  const ended = await stack.call(`/api/users/nora@example.com/sessions/${one.id}`, {
    method: 'DELETE',
    cookie: admin,
  })
  expect(ended.status).toBe(204)
  expect(await tokensOfNora()).toHaveLength(1)
  const statuses = [await sessionOf(first.cookie), await sessionOf(second.cookie)].map((a) => a.status)
  expect(statuses.sort()).toEqual([200, 401])

  // "End all sessions" of that user: the rest go, tokens and all.
  const all = await stack.call('/api/users/nora@example.com/sessions', { method: 'DELETE', cookie: admin })
  expect(all.status).toBe(204)
  expect(await tokensOfNora()).toEqual([])
})

test('nothing the provider gave reached the browser or the log', () => {
  expect(stack.console.watch.leaks()).toEqual([])
})
