import { signerFactory } from '@fastify/cookie'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { admin } from '../../../testing/console-env.ts'
import { buildRequest } from '../../../testing/raw-http.ts'
import { issuedTokens } from '../../../testing/tap.ts'
import { SESSION_COOKIE } from '../auth/session.ts'
import type { AttackCase, AttackEnv, AttackTarget, SignInKind } from './fixture.ts'
import { startAttackTarget, VIEWER } from './fixture.ts'

// Sessions, cookies, CSRF and credentials. The clock is the proxy's, so expiry and the sign-in
// throttle window can be crossed without waiting.
const E = '/lucca-api/webhook-endpoints'
const JSON_TYPE: [string, string] = ['Content-Type', 'application/json']
const CREATE = '{"webhookUrl":"https://receiver.example/hook","topics":["employee.created"]}'
const clock = { now: Date.now() }
const ADMIN_PASSWORD = admin.password

const valueOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1)
const idOf = (cookie: string) => decodeURIComponent(valueOf(cookie)).split('.')[0] ?? ''

function withCookie(name: string, cookie: (env: AttackEnv) => string, status = 401): AttackCase {
  const reason = status === 401 ? { reason: 'not-signed-in' } : {}
  return {
    name: `cookie: ${name}`,
    as: 'none',
    headers: (env) => [['Cookie', cookie(env)]],
    status,
    ...reason,
  }
}

const cookies: AttackCase[] = [
  { name: 'cookie: none on a read', as: 'none', status: 401, reason: 'not-signed-in' },
  {
    name: 'cookie: none on a write',
    as: 'none',
    method: 'POST',
    headers: [JSON_TYPE],
    body: CREATE,
    status: 401,
    reason: 'not-signed-in',
  },
  withCookie('garbage', () => `${SESSION_COOKIE}=garbage`),
  withCookie('the bare id, unsigned', (env) => `${SESSION_COOKIE}=${idOf(env.admin)}`),
  withCookie('the id signed with another key', (env) => {
    const forged = signerFactory('not-the-session-secret-0123456789abcdef').sign(idOf(env.admin))
    return `${SESSION_COOKIE}=${encodeURIComponent(forged)}`
  }),
  withCookie(
    'a tampered signature',
    (env) => `${env.admin.slice(0, -3)}${env.admin.endsWith('A') ? 'B' : 'A'}xx`,
  ),
  withCookie(
    'an attacker-chosen id with a valid-looking shape',
    () => `${SESSION_COOKIE}=${'A'.repeat(43)}.${'B'.repeat(43)}`,
  ),
  withCookie(
    'a valid value under the name without __Host-',
    (env) => `console-session=${valueOf(env.admin)}`,
  ),
  withCookie('a valid value under __Secure-', (env) => `__Secure-console-session=${valueOf(env.admin)}`),
  withCookie(
    'a valid value under a lower-case prefix',
    (env) => `__host-console-session=${valueOf(env.admin)}`,
  ),
  withCookie('a garbage cookie shadowing the real one', (env) => `${SESSION_COOKIE}=garbage; ${env.admin}`),
  withCookie('a 6 KiB cookie', () => `${SESSION_COOKIE}=${'x'.repeat(6 * 1024)}`),
  withCookie('an empty cookie', () => `${SESSION_COOKIE}=`),
  withCookie('the id in another case', (env) => `${SESSION_COOKIE}=${valueOf(env.admin).toLowerCase()}`),
  {
    name: 'cookie: the session value in the query string',
    as: 'none',
    target: `${E}?${SESSION_COOKIE}=x`,
    status: 401,
    reason: 'not-signed-in',
  },
  {
    name: 'cookie: the session value in the query string, signed in',
    target: `${E}?session=x`,
    status: 400,
    reason: 'bad-path',
  },
]

const credentials: AttackCase[] = [
  {
    name: "credentials: a Lucca token as the browser's Authorization",
    as: 'none',
    headers: () => [['Authorization', `Bearer ${issuedTokens(target.tap).at(-1) ?? 'tok_x'}`]],
    status: 401,
    reason: 'not-signed-in',
  },
  {
    name: 'credentials: Basic with the admin password',
    as: 'none',
    headers: [['Authorization', `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}`]],
    status: 401,
    reason: 'not-signed-in',
  },
  {
    name: "credentials: the browser's Authorization is not forwarded",
    headers: [['Authorization', 'Bearer browser-chosen-token']],
    status: 200,
    forwards: `GET ${E}`,
  },
  {
    name: 'credentials: Proxy-Authorization is not forwarded',
    headers: [['Proxy-Authorization', 'Basic YWRtaW46eA==']],
    status: 200,
    forwards: `GET ${E}`,
  },
  {
    name: 'credentials: extra cookies are not forwarded',
    headers: (env) => [['Cookie', `${env.admin}; lucca_session=stolen-value`]],
    as: 'none',
    status: 200,
    forwards: `GET ${E}`,
  },
  {
    name: 'credentials: user info in an absolute-form target',
    target: `http://admin:${ADMIN_PASSWORD}@127.0.0.1${E}`,
    status: 400,
    reason: 'bad-request',
  },
  {
    name: 'credentials: access_token parameter',
    target: `${E}?access_token=x`,
    status: 400,
    reason: 'bad-path',
  },
  { name: 'credentials: client_id parameter', target: `${E}?client_id=x`, status: 400, reason: 'bad-path' },
]

/** A write with the admin's session and the given CSRF-relevant headers only. */
function csrf(name: string, headers: (env: AttackEnv) => [string, string][], status = 403): AttackCase {
  const reason = status === 403 ? { reason: 'csrf' } : {}
  // Lucca creates what a write that gets through asks for.
  const forwards = status === 201 ? { forwards: `POST ${E}` } : {}
  return {
    name: `csrf: ${name}`,
    method: 'POST',
    csrf: false,
    headers: (env) => [JSON_TYPE, ...headers(env)],
    body: CREATE,
    status,
    ...reason,
    ...forwards,
  }
}
const marker: [string, string] = ['X-Console-Request', '1']
const csrfCases: AttackCase[] = [
  csrf('no X-Console-Request', (env) => [['Origin', env.url]]),
  csrf('X-Console-Request: 0', (env) => [
    ['Origin', env.url],
    ['X-Console-Request', '0'],
  ]),
  csrf('X-Console-Request: true', (env) => [
    ['Origin', env.url],
    ['X-Console-Request', 'true'],
  ]),
  csrf('X-Console-Request twice', (env) => [['Origin', env.url], marker, marker]),
  csrf('Origin: null', () => [marker, ['Origin', 'null']]),
  csrf('a cross-site Origin', () => [marker, ['Origin', 'https://evil.example']]),
  csrf('our Origin with a trailing slash', (env) => [marker, ['Origin', `${env.url}/`]]),
  csrf('our host on another port', (env) => [
    marker,
    ['Origin', `http://127.0.0.1:${Number(new URL(env.url).port) + 1}`],
  ]),
  csrf('our host over https', (env) => [marker, ['Origin', env.url.replace('http:', 'https:')]]),
  csrf('our Origin in upper case', (env) => [marker, ['Origin', env.url.toUpperCase()]]),
  csrf('localhost for 127.0.0.1', (env) => [marker, ['Origin', env.url.replace('127.0.0.1', 'localhost')]]),
  csrf('two Origin headers', (env) => [marker, ['Origin', env.url], ['Origin', 'https://evil.example']]),
  csrf('a same-origin Referer only', (env) => [marker, ['Referer', `${env.url}/endpoints`]]),
  csrf('Referer and Sec-Fetch-Site: same-site', (env) => [
    marker,
    ['Referer', `${env.url}/`],
    ['Sec-Fetch-Site', 'same-site'],
  ]),
  csrf('Sec-Fetch-Site: none', () => [marker, ['Sec-Fetch-Site', 'none']]),
  csrf('Sec-Fetch-Site: cross-site with our Origin', (env) => [
    marker,
    ['Origin', env.url],
    ['Sec-Fetch-Site', 'cross-site'],
  ]),
  csrf('X-Forwarded-Host matching a hostile Origin', () => [
    marker,
    ['Origin', 'http://evil.example'],
    ['X-Forwarded-Host', 'evil.example'],
  ]),
  csrf('X-Forwarded-Proto matching an https Origin', (env) => [
    marker,
    ['Origin', env.url.replace('http:', 'https:')],
    ['X-Forwarded-Proto', 'https'],
  ]),
  csrf(
    'Host rebound to a hostile name with a matching Origin',
    () => [marker, ['Host', 'evil.example'], ['Origin', 'http://evil.example']],
    421,
  ),
  csrf(
    'Sec-Fetch-Site: same-origin without Origin is ours',
    () => [marker, ['Sec-Fetch-Site', 'same-origin']],
    201,
  ),
  {
    name: 'csrf: a cross-site sign-out',
    method: 'DELETE',
    target: '/api/session',
    csrf: false,
    headers: [marker, ['Origin', 'https://evil.example']],
    status: 403,
    reason: 'csrf',
  },
  {
    name: 'csrf: a cross-site account switch',
    method: 'PUT',
    target: '/api/session/account',
    csrf: false,
    headers: [marker, JSON_TYPE, ['Origin', 'https://evil.example']],
    body: '{"accountId":"default"}',
    status: 403,
    reason: 'csrf',
  },
  {
    name: 'csrf: a sign-in from Origin: null',
    method: 'POST',
    target: '/api/session',
    as: 'none',
    csrf: false,
    headers: [marker, JSON_TYPE, ['Origin', 'null']],
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    status: 403,
    reason: 'csrf',
  },
  {
    name: 'csrf: a form post (text/plain, no marker)',
    method: 'POST',
    csrf: false,
    headers: (env) => [
      ['Origin', env.url],
      ['Content-Type', 'text/plain'],
    ],
    body: CREATE,
    status: 403,
    reason: 'csrf',
  },
  {
    name: 'csrf: marker and Origin right but no session',
    method: 'POST',
    as: 'none',
    headers: [JSON_TYPE],
    body: CREATE,
    status: 401,
    reason: 'not-signed-in',
  },
  {
    name: 'role: a viewer with every CSRF header still may not write',
    method: 'POST',
    as: 'viewer',
    headers: [JSON_TYPE],
    body: CREATE,
    status: 403,
    reason: 'forbidden-role',
  },
]

const corpus = [...cookies, ...credentials, ...csrfCases]

let target: AttackTarget

test('the auth corpus is broad', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(45)
  expect(new Set(corpus.map((attack) => attack.name)).size).toBe(corpus.length)
})

// The same corpus against a console whose admin and viewer signed in with passwords, then against one
// with company sign-in on (a real OpenID provider, passwords off) whose sessions came through it.
describe.each<SignInKind>(['local', 'company'])('signed in: %s', (kind) => {
  beforeAll(async () => {
    target = await startAttackTarget({ now: () => clock.now }, kind)
  })
  afterAll(async () => {
    await target.finish()
  })

  test.each(corpus)('$name → $status', async (attack) => {
    await target.run(attack)
  })

  test('the sessions used by the corpus are still valid: refusals did not end them', async () => {
    await target.run({ name: 'admin still signed in', target: '/api/session', status: 200 })
    await target.run({ name: 'viewer still signed in', target: '/api/session', as: 'viewer', status: 200 })
  })

  // Password sign-in only: fixation, idle expiry and the throttle over the password form.
  if (kind === 'local') localOnly()
})

function localOnly() {
  /** Signs in over a raw socket, with an optional cookie already in the "browser". */
  async function signIn(username: string, password: string, cookie?: string) {
    const body = JSON.stringify({ username, password })
    const headers: [string, string][] = [['Origin', target.env.url], marker, JSON_TYPE]
    if (cookie) headers.push(['Cookie', cookie])
    const answer = await target.run({
      name: `sign in as ${username}`,
      raw: (env) => buildRequest(env.url, 'POST', '/api/session', headers, body),
      status: 200,
    })
    const setCookie = answer.headers['set-cookie'] ?? ''
    const fresh = setCookie.split(';')[0] ?? ''
    expect(fresh.startsWith(`${SESSION_COOKIE}=`)).toBe(true)
    target.addSecret(valueOf(fresh), idOf(fresh))
    return fresh
  }

  test('session fixation: a cookie planted before sign-in never becomes the session', async () => {
    // An attacker-chosen value: the sign-in issues a new id and the planted value stays worthless.
    const planted = `${SESSION_COOKIE}=attacker-chosen-session-id`
    const fresh = await signIn('admin', ADMIN_PASSWORD, planted)
    expect(fresh).not.toContain('attacker-chosen')
    await target.run({
      name: 'planted value after sign-in',
      as: 'none',
      headers: [['Cookie', planted]],
      status: 401,
    })
    // The attacker's own valid (viewer) session planted in the admin's browser: the admin's sign-in
    // replaces it, so the attacker's cookie does not ride along into an admin session.
    const attacker = await signIn(VIEWER.username, VIEWER.password)
    const victim = await signIn('admin', ADMIN_PASSWORD, attacker)
    expect(idOf(victim)).not.toBe(idOf(attacker))
    await target.run({
      name: "attacker's cookie after the victim signed in",
      as: 'none',
      headers: [['Cookie', attacker]],
      status: 401,
    })
    await target.run({
      name: "victim's new session",
      as: 'none',
      headers: [['Cookie', victim]],
      target: '/api/session',
      status: 200,
    })
  })

  test('an idle-expired cookie is refused, on reads and on writes, and is not revived', async () => {
    const cookie = await signIn(VIEWER.username, VIEWER.password)
    clock.now += 31 * 60_000
    const expired = (name: string, extra: Partial<AttackCase> = {}): AttackCase => ({
      name,
      as: 'none',
      headers: [['Cookie', cookie]],
      status: 401,
      reason: 'not-signed-in',
      ...extra,
    })
    await target.run(expired('expired cookie, read'))
    await target.run(expired('expired cookie, session', { target: '/api/session' }))
    await target.run(
      expired('expired cookie, write', {
        method: 'POST',
        headers: [['Cookie', cookie], JSON_TYPE],
        body: CREATE,
      }),
    )
    // Refreshed corpus sessions for the brute-force test below.
    target.env.admin = await signIn('admin', ADMIN_PASSWORD)
  })

  test('sign-in brute force from one address is throttled, whatever X-Forwarded-For says', async () => {
    const attempt = (index: number, username: string, password: string, status: number) =>
      target.run({
        name: `guess ${index}`,
        method: 'POST',
        target: '/api/session',
        as: 'none',
        headers: [JSON_TYPE, ['X-Forwarded-For', `203.0.113.${index}`]],
        body: JSON.stringify({ username, password }),
        status,
        ...(status === 429 ? { reason: 'login-throttled' } : {}),
        ...(status === 401 ? { reason: 'not-signed-in' } : {}),
      })
    // 20 different user names: only the per-address budget (20 per 15 min) can stop this.
    for (let index = 0; index < 20; index += 1) await attempt(index, `guess-${index}`, 'wrong-password', 401)
    const blocked = await attempt(20, 'admin', ADMIN_PASSWORD, 429)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    expect(blocked.headers['set-cookie']).toBeUndefined()
    clock.now += 16 * 60_000
    await attempt(21, 'admin', ADMIN_PASSWORD, 200)
  })
}
