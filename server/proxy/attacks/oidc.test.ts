import { afterAll, beforeAll, expect, test } from 'vitest'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import { routes } from '../route-table.ts'
import type { AttackCase, AttackTarget } from './fixture.ts'
import { startAttackTarget } from './fixture.ts'

// Company sign-in attacked (issue 17): its callback, its sessions after they end, and the back-channel
// logout route, on a console with a real OpenID provider and passwords off. Every refusal is checked by
// the fixture to create no session (none in the database, none in a Set-Cookie).
const CALLBACK = '/api/session/oidc/callback'
const BACKCHANNEL = '/api/session/oidc/backchannel-logout'
const FORM: [string, string] = ['Content-Type', 'application/x-www-form-urlencoded']
const SIGN_IN_FAILED = { username: '(company sign-in)', action: 'session.sign-in-failed', status: 400 }
const LOGOUT_REFUSED = { username: '(company sign-out)', action: 'session.ended-by-provider', status: 400 }

let target: AttackTarget
beforeAll(async () => {
  target = await startAttackTarget({}, 'company')
})
afterAll(async () => {
  await target.finish()
})

const company = () =>
  target.company ??
  (() => {
    throw new Error('not a company target')
  })()
const start = () => `${target.env.url}/api/session/oidc/start`
const atCallback = (url: URL) => url.pathname === CALLBACK

/** The callback request a browser signing in as `sub` would send, unsent: its target and its cookies. */
async function pendingCallback(sub: string) {
  const { url, cookie } = await oidcBrowser().reach(start(), sub, atCallback)
  const at = new URL(url)
  return { target: `${at.pathname}${at.search}`, url: at, cookie }
}

/** A browser that started a sign-in of its own and holds its own flow cookie (not yet at the provider). */
async function otherBrowserCookie() {
  const { cookie } = await oidcBrowser().reach(
    start(),
    'dora',
    (url) => url.origin === company().provider.issuer,
  )
  expect(cookie).toContain('__Host-console-oidc=')
  return cookie
}

function callbackCase(
  name: string,
  request: { target: string; cookie?: string },
  extra: Partial<AttackCase> = {},
) {
  return {
    name: `callback: ${name}`,
    as: 'none' as const,
    target: request.target,
    headers: request.cookie ? ([['Cookie', request.cookie]] as [string, string][]) : [],
    status: 400,
    refusal: 'page' as const,
    audited: SIGN_IN_FAILED,
    ...extra,
  }
}

test('callback: no flow cookie, a forged one, or a tampered one: the expired page, audited', async () => {
  const pending = await pendingCallback('alice')
  const flow = /__Host-console-oidc=([^;]+)/.exec(pending.cookie)?.[1] ?? ''
  const flowValue = decodeURIComponent(flow)
  const unsigned = encodeURIComponent(flowValue.slice(0, flowValue.lastIndexOf('.')))
  const tampered = encodeURIComponent(flowValue.replace('"state":"', '"state":"x'))
  for (const [name, cookie] of [
    ['no flow cookie', undefined],
    ['a garbage flow cookie', '__Host-console-oidc=garbage'],
    ['the flow cookie without its signature', `__Host-console-oidc=${unsigned}`],
    ['the flow cookie with its state changed', `__Host-console-oidc=${tampered}`],
    ['the flow cookie under another name', `console-oidc=${flow}`],
  ] as const) {
    const answer = await target.run(
      callbackCase(name, { target: pending.target, ...(cookie ? { cookie } : {}) }),
    )
    expect(answer.body).toContain('This sign-in link has expired')
  }
})

test("callback: the provider's answer with another browser's flow cookie is refused", async () => {
  const pending = await pendingCallback('alice')
  const answer = await target.run(
    callbackCase('a flow cookie from another browser', {
      target: pending.target,
      cookie: await otherBrowserCookie(),
    }),
  )
  expect(answer.body).toContain('Sign-in could not be checked')
})

test('callback: a replayed code (with its own flow cookie) signs in once, then is refused', async () => {
  const pending = await pendingCallback('alice')
  const first = await target.run(
    callbackCase('the first use', pending, {
      status: 303,
      audited: { username: 'alice@example.com', action: 'session.sign-in', status: 200 },
    }),
  )
  expect(first.headers.location).toBe('/')
  const fresh = (first.headers['set-cookie'] ?? '').split(';')[0] ?? ''
  target.addSecret(fresh.slice(fresh.indexOf('=') + 1))
  const again = await target.run(callbackCase('the same code again', pending))
  expect(again.body).toContain('Sign-in could not be checked')
})

test('callback: odd and oversized query parameters are refused, with the flow cookie right', async () => {
  const variants: [string, (url: URL) => void][] = [
    ['no code', (url) => url.searchParams.delete('code')],
    ['no state', (url) => url.searchParams.delete('state')],
    ['the code twice', (url) => url.searchParams.append('code', 'another-code')],
    ['the state twice', (url) => url.searchParams.append('state', 'another-state')],
    ['a 4 KiB state', (url) => url.searchParams.set('state', 'x'.repeat(4 * 1024))],
    ['a 4 KiB code', (url) => url.searchParams.set('code', 'x'.repeat(4 * 1024))],
    ['an error answer with the code', (url) => url.searchParams.set('error', 'access_denied')],
    ['a code with control characters', (url) => url.searchParams.set('code', 'a\u0000b\r\nc')],
  ]
  for (const [name, change] of variants) {
    const pending = await pendingCallback('alice')
    change(pending.url)
    await target.run(
      callbackCase(name, { target: `${pending.url.pathname}${pending.url.search}`, cookie: pending.cookie }),
    )
  }
  // Past the 8 KiB of headers Node's parser answers 431 itself, before any route (nothing to audit).
  const long = await pendingCallback('alice')
  long.url.searchParams.set('state', 'x'.repeat(8 * 1024))
  await target.run(
    callbackCase(
      'an 8 KiB state',
      { target: `${long.url.pathname}${long.url.search}`, cookie: long.cookie },
      { status: 431, refusal: 'problem', audited: null },
    ),
  )
  // Bad percent-encoding, with the flow cookie right.
  const pending = await pendingCallback('alice')
  await target.run(
    callbackCase('bad percent-encoding', { target: `${pending.target}&code=%zz%`, cookie: pending.cookie }),
  )
})

test('callback: the user in no group is refused with the plain page, audited, and no session', async () => {
  const pending = await pendingCallback('nadia')
  const answer = await target.run(
    callbackCase('a user in no group', pending, {
      status: 403,
      audited: { username: 'nadia@example.com', action: 'session.sign-in-failed', status: 403 },
    }),
  )
  expect(answer.body).toContain('Your account has no access to this console')
})

test('open redirect: no parameter of start or callback chooses where the browser goes', async () => {
  const evil = 'https://evil.example/phish'
  const params = new URLSearchParams({
    returnTo: evil,
    redirect: evil,
    next: '//evil.example',
    redirect_uri: evil,
    post_logout_redirect_uri: evil,
  })
  const started = await target.run({
    name: 'start with return-path parameters',
    as: 'none',
    target: `/api/session/oidc/start?${params.toString()}`,
    status: 302,
  })
  const location = new URL(started.headers.location ?? '')
  expect(location.origin).toBe(company().provider.issuer)
  expect(location.searchParams.get('redirect_uri')).toBe(`${target.env.url}${CALLBACK}`)
  expect(location.toString()).not.toContain('evil.example')
  const pending = await pendingCallback('alice')
  const answer = await target.run(
    callbackCase(
      'callback with return-path parameters',
      { target: `${pending.target}&${params.toString()}`, cookie: pending.cookie },
      { status: 303, audited: { username: 'alice@example.com', action: 'session.sign-in', status: 200 } },
    ),
  )
  expect(answer.headers.location).toBe('/')
  const fresh = (answer.headers['set-cookie'] ?? '').split(';')[0] ?? ''
  target.addSecret(fresh.slice(fresh.indexOf('=') + 1))
})

test('callback: a POST (form_post) is not a way in', async () => {
  const pending = await pendingCallback('alice')
  await target.run({
    name: 'callback: a cross-site POST',
    method: 'POST',
    csrf: false,
    as: 'none',
    target: CALLBACK,
    headers: [FORM, ['Cookie', pending.cookie], ['Origin', company().provider.issuer]],
    body: pending.url.search.slice(1),
    status: 403,
    reason: 'csrf',
  })
})

const backchannel = (name: string, body: string, extra: Partial<AttackCase> = {}): AttackCase => ({
  name: `back-channel: ${name}`,
  method: 'POST',
  target: BACKCHANNEL,
  as: 'none',
  csrf: false,
  headers: [FORM],
  body,
  status: 400,
  refusal: 'oauth',
  audited: LOGOUT_REFUSED,
  ...extra,
})

test('back-channel logout: no token, garbage and the wrong shapes are refused, audited, and end nothing', async () => {
  const header = Buffer.from('{"alg":"none","typ":"logout+jwt"}').toString('base64url')
  const claims = Buffer.from(
    JSON.stringify({ iss: company().provider.issuer, aud: 'console', sub: 'alice' }),
  ).toString('base64url')
  for (const attack of [
    backchannel('no body', ''),
    backchannel('no logout_token', 'token=x'),
    backchannel('an empty logout_token', 'logout_token='),
    backchannel('a garbage token', 'logout_token=garbage'),
    backchannel('an unsigned token (alg none)', `logout_token=${header}.${claims}.`),
    backchannel('a token in JSON', JSON.stringify({ logout_token: 'garbage' }), {
      headers: [['Content-Type', 'application/json']],
    }),
    backchannel('with a session cookie but no token', '', {
      headers: (env) => [FORM, ['Cookie', env.admin]],
    }),
  ])
    await target.run(attack)
  await target.run(
    backchannel('a 64 KiB body', `logout_token=${'x'.repeat(64 * 1024)}`, {
      status: 413,
      refusal: 'problem',
      audited: null,
    }),
  )
  await target.run({ name: 'the corpus admin still signed in', target: '/api/session', status: 200 })
})

const sessionRead = (name: string, cookie: string): AttackCase => ({
  name,
  as: 'none',
  target: '/api/session',
  headers: [['Cookie', cookie]],
  status: 401,
  reason: 'not-signed-in',
})
const sessionWrite = (name: string, cookie: string): AttackCase => ({
  name,
  method: 'POST',
  as: 'none',
  headers: [
    ['Cookie', cookie],
    ['Content-Type', 'application/json'],
  ],
  body: '{"webhookUrl":"https://receiver.example/hook","topics":["employee.created"]}',
  status: 401,
  reason: 'not-signed-in',
})

test("a company session's cookie is refused after its sign-out, on reads and writes", async () => {
  const cookie = await company().signIn('dora')
  const out = await target.run({
    name: 'sign-out',
    method: 'DELETE',
    target: '/api/session',
    as: 'none',
    headers: [['Cookie', cookie]],
    status: 200,
  })
  expect(new URL((JSON.parse(out.body) as { logoutUrl: string }).logoutUrl).origin).toBe(
    company().provider.issuer,
  )
  await target.run(sessionRead('after sign-out, read', cookie))
  await target.run(sessionWrite('after sign-out, write', cookie))
  await target.run({
    ...sessionRead('after sign-out, a Lucca call', cookie),
    target: '/lucca-api/webhook-endpoints',
  })
})

test("a company session's cookie is refused after a back-channel logout, audited", async () => {
  const cookie = await company().signIn('vince')
  const row = await target.stack.console.database
    .selectFrom('oidc_sessions')
    .select('sid')
    .where('sub', '=', 'vince')
    .executeTakeFirstOrThrow()
  const at = Math.floor(Date.now() / 1000)
  const token = await company().provider.sign({
    iss: company().provider.issuer,
    aud: 'console',
    iat: at,
    exp: at + 120,
    jti: 'attack-logout-1',
    events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    sub: 'vince',
    sid: row.sid ?? '',
  })
  await target.run(
    backchannel('a valid token', `logout_token=${token}`, {
      status: 200,
      audited: { username: 'vince@example.com', action: 'session.ended-by-provider', status: 200 },
    }),
  )
  await target.run(sessionRead('after back-channel logout, read', cookie))
  await target.run(sessionWrite('after back-channel logout, write', cookie))
  // The same token again: nothing left to end, and no session comes back.
  await target.run(
    backchannel('the valid token replayed', `logout_token=${token}`, { status: 200, audited: null }),
  )
  await target.run(sessionRead('after the replay, read', cookie))
})

/** Every write the console has, outside the Lucca allow-list (whose writes come from route-table.ts). */
const CONSOLE_WRITES = [
  'POST /api/session',
  'DELETE /api/session',
  'PUT /api/session/account',
  'POST /api/users',
  'PUT /api/users/alice@example.com/role',
  'POST /api/users/alice@example.com/password',
  'DELETE /api/users/alice@example.com',
  'DELETE /api/users/alice@example.com/sessions',
  'DELETE /api/users/alice@example.com/sessions/x',
  'PUT /api/endpoint-notes/1',
  'POST /api/history/follows',
  'POST /api/alerts/rules',
  'PUT /api/alerts/rules/1',
  'DELETE /api/alerts/rules/1',
  'POST /api/alerts/dispatches/1/retry',
  'POST /api/alerts/signing-secret/rotate',
]

test("CSRF on every write with a company admin's session: no marker, or a cross-origin Origin", async () => {
  const lucca = routes
    .filter((route) => route.method !== 'GET')
    .map((route) => `${route.method} /lucca-api${route.path.replaceAll(':id', '1')}`)
  expect(lucca.length).toBeGreaterThanOrEqual(3)
  for (const write of [...lucca, ...CONSOLE_WRITES]) {
    const [method = '', path = ''] = write.split(' ')
    const base = { method, target: path, csrf: false, body: '{}', status: 403, reason: 'csrf' }
    await target.run({
      ...base,
      name: `csrf: ${write}, no marker`,
      headers: (env) => [
        ['Content-Type', 'application/json'],
        ['Origin', env.url],
      ],
    })
    await target.run({
      ...base,
      name: `csrf: ${write}, cross-origin`,
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Console-Request', '1'],
        ['Origin', 'https://evil.example'],
      ],
    })
  }
  // Nothing above ended or changed the sessions the writes rode on.
  await target.run({ name: 'the corpus admin still signed in', target: '/api/session', status: 200 })
})
