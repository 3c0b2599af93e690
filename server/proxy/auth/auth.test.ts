import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { admin } from '../../../testing/console-env.ts'
import { rawRequest } from '../../../testing/raw-http.ts'
import { startStack, tapOf, type InProcessStack } from '../../../testing/stack.ts'
import { seedUsers } from '../../../testing/seed-users.ts'
import { routes } from '../route-table.ts'
import { freshDataDir } from '../../../testing/embedded-template.ts'

let stack: InProcessStack
let dataDir = ''
const clock = { now: Date.now() }
const VIEWER = { username: 'vera', password: 'viewer-password-1234' }
const hits = () => tapOf(stack).requests('/lucca-api')

beforeAll(async () => {
  dataDir = await freshDataDir('auth-test-')
  await seedUsers(dataDir, [{ ...VIEWER, role: 'viewer' }])
  stack = await startStack({
    console: { run: 'in-process', options: { now: () => clock.now } },
    lucca: { emulator: 'in-process', tap: {} },
    dataDir,
    env: { LUCCA_ENVIRONMENT: 'sandbox', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' },
  })
})
afterAll(async () => {
  await stack.close()
  await rm(dataDir, { recursive: true, force: true })
  expect(stack.console.watch.leaks()).toEqual([])
})

const concrete = (path: string) => `/lucca-api${path.replace(':id', '42')}`

test('every route answers 401 without a session, and nothing reaches Lucca', async () => {
  const before = hits().length
  for (const route of routes) {
    const response = await stack.call(concrete(route.path), {
      method: route.method,
      ...(route.method === 'POST' || route.method === 'PATCH' ? { body: {} } : {}),
    })
    expect({ route, status: response.status }).toEqual({ route, status: 401 })
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  }
  for (const [method, path] of [
    ['GET', '/api/session'],
    ['GET', '/api/audit'],
    ['PUT', '/api/session/account'],
  ] as const) {
    const response = await stack.call(path, {
      method,
      ...(method === 'PUT' ? { body: { accountId: 'default' } } : {}),
    })
    expect({ path, status: response.status }).toEqual({ path, status: 401 })
  }
  expect(hits().length).toBe(before)
})

test('a viewer reads but gets 403 on every write, and Lucca never sees the write', async () => {
  const cookie = await stack.signIn(VIEWER.username, VIEWER.password)
  const before = hits().length
  const writes = routes.filter((route) => route.role === 'admin')
  expect(writes.length).toBe(4)
  for (const route of writes) {
    const response = await stack.call(concrete(route.path), {
      method: route.method,
      cookie,
      ...(route.method === 'POST' || route.method === 'PATCH'
        ? { body: { webhookEndpoint: { id: '1' } } }
        : {}),
    })
    expect({ route, status: response.status }).toEqual({ route, status: 403 })
  }
  expect(hits().length).toBe(before)
  expect((await stack.call('/lucca-api/webhook-endpoints', { cookie })).status).toBe(200)
  expect((await stack.call('/api/audit', { cookie })).status).toBe(403)
  const session = (await stack.call('/api/session', { cookie })).json()
  expect(session).toMatchObject({ user: { username: 'vera', role: 'viewer' }, activeAccountId: 'default' })
})

test('state-changing calls need the console header and a same-origin request', async () => {
  const cookie = await stack.signIn()
  const before = hits().length
  const body = { webhookUrl: 'https://hooks.example.com/hook', topics: ['employee.created'] }
  const post = (headers: Record<string, string>) =>
    stack.call('/lucca-api/webhook-endpoints', { method: 'POST', cookie, body, headers })
  const refused = [
    { 'x-console-request': '0' },
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { origin: stack.url, 'sec-fetch-site': 'cross-site' },
    { origin: stack.url.replace('127.0.0.1', 'localhost') },
  ]
  for (const headers of refused) {
    const response = await post(headers)
    expect({ headers, status: response.status }).toEqual({ headers, status: 403 })
    expect(response.json()).toMatchObject({ extensions: { reason: 'csrf' } })
  }
  // Neither Origin nor Sec-Fetch-Site (an old client, or a tool): refused too.
  const bare = await rawRequest(stack.url, 'DELETE', '/api/session', {
    Cookie: cookie,
    'X-Console-Request': '1',
  })
  expect(bare).toBe(403)
  expect((await stack.call('/api/session', { cookie })).status).toBe(200)
  expect(hits().length).toBe(before)
  // A cross-site sign-in is refused as well (login CSRF).
  const login = await stack.call('/api/session', {
    method: 'POST',
    body: { username: 'admin', password: 'x' },
    headers: { origin: 'https://evil.example' },
  })
  expect(login.status).toBe(403)
  // With company sign-in off, the back-channel logout path is exempt from nothing.
  const logout = await rawRequest(stack.url, 'POST', '/api/session/oidc/backchannel-logout', {
    'Content-Type': 'application/x-www-form-urlencoded',
  })
  expect(logout).toBe(403)
  const ok = await post({})
  expect(ok.status).toBe(201)
})

test('no CORS: a preflight gets no Access-Control header', async () => {
  const response = await fetch(`${stack.url}/lucca-api/webhook-endpoints`, {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  })
  expect(response.headers.get('access-control-allow-origin')).toBeNull()
  expect(response.headers.get('access-control-allow-credentials')).toBeNull()
})

test('the session cookie is __Host-, HttpOnly, Secure, SameSite=Strict, Path=/ and rotates at sign-in', async () => {
  const response = await stack.call('/api/session', {
    method: 'POST',
    body: admin,
  })
  const setCookie = response.headers.getSetCookie()[0] ?? ''
  expect(setCookie).toMatch(/^__Host-console-session=/)
  expect(setCookie).toContain('HttpOnly')
  expect(setCookie).toContain('Secure')
  expect(setCookie).toContain('SameSite=Strict')
  expect(setCookie).toContain('Path=/')
  expect(setCookie).not.toMatch(/Domain=/i)
  const first = setCookie.split(';')[0] ?? ''
  const again = await stack.call('/api/session', {
    method: 'POST',
    cookie: first,
    body: admin,
  })
  const second = again.headers.getSetCookie()[0]?.split(';')[0] ?? ''
  expect(second).not.toBe(first)
  expect((await stack.call('/api/session', { cookie: first })).status).toBe(401)
  expect((await stack.call('/api/session', { cookie: second })).status).toBe(200)
})

test('logout kills the session server-side: the old cookie replayed is refused', async () => {
  const cookie = await stack.signIn()
  expect((await stack.call('/api/session', { method: 'DELETE', cookie })).status).toBe(204)
  expect((await stack.call('/api/session', { cookie })).status).toBe(401)
  expect((await stack.call('/lucca-api/events', { cookie })).status).toBe(401)
})

test('a forged or tampered cookie is refused', async () => {
  const cookie = await stack.signIn()
  const [name, value] = cookie.split('=') as [string, string]
  // One character changed for another: never for itself (1 time in 64, 'x' was already there).
  const swapped = value[10] === 'x' ? 'y' : 'x'
  const tampered = `${name}=${value.slice(0, 10)}${swapped}${value.slice(11)}`
  expect((await stack.call('/api/session', { cookie: tampered })).status).toBe(401)
  expect((await stack.call('/api/session', { cookie: `${name}=unsigned-value` })).status).toBe(401)
})

test('idle and absolute timeouts end the session', async () => {
  const cookie = await stack.signIn()
  clock.now += 29 * 60_000
  expect((await stack.call('/api/session', { cookie })).status).toBe(200)
  clock.now += 31 * 60_000
  expect((await stack.call('/api/session', { cookie })).status).toBe(401)

  const busy = await stack.signIn()
  // 28 × 25 min = 11 h 40 min: active all along, then past the 12-hour absolute limit.
  for (let step = 0; step < 28; step += 1) {
    clock.now += 25 * 60_000
    expect((await stack.call('/api/session', { cookie: busy })).status).toBe(200)
  }
  clock.now += 25 * 60_000
  expect((await stack.call('/api/session', { cookie: busy })).status).toBe(401)
})

test('sign-in is throttled after repeated failures, even with the right password', async () => {
  const attempt = (password: string) =>
    stack.call('/api/session', { method: 'POST', body: { username: 'vera', password } })
  for (let i = 0; i < 5; i += 1) expect((await attempt(`wrong-${i}`)).status).toBe(401)
  const blocked = await attempt(VIEWER.password)
  expect(blocked.status).toBe(429)
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(blocked.json()).toMatchObject({ status: 429, extensions: { reason: 'login-throttled' } })
  clock.now += 16 * 60_000
  expect((await attempt(VIEWER.password)).status).toBe(200)
})

test('sign-out with an empty JSON body works; a malformed sign-in body is a 400 problem', async () => {
  const cookie = await stack.signIn()
  const out = await stack.call('/api/session', {
    method: 'DELETE',
    cookie,
    headers: { 'content-type': 'application/json' },
  })
  expect(out.status).toBe(204)
  const bad = await stack.call('/api/session', { method: 'POST', body: '{"username":' })
  expect(bad.status).toBe(400)
  expect(bad.headers.get('content-type')).toContain('application/problem+json')
})

test('with PUBLIC_ORIGIN, other Host names are refused (DNS rebinding) and the origin check uses it', async () => {
  const pinned = await startStack({
    console: { run: 'in-process' },
    lucca: stack.lucca ?? 'embedded',
    env: { LUCCA_ENVIRONMENT: 'sandbox', PUBLIC_ORIGIN: 'https://console.example' },
  })
  try {
    const rebound = await rawRequest(pinned.url, 'GET', '/api/session', { Host: 'attacker.example:8080' })
    expect(rebound).toBe(421)
    expect(await rawRequest(pinned.url, 'GET', '/healthz', { Host: '10.0.0.7:8080' })).toBe(200)
    const body = JSON.stringify({ username: 'admin', password: 'wrong-password' })
    const login = (origin: string) =>
      rawRequest(
        pinned.url,
        'POST',
        '/api/session',
        {
          Host: 'console.example',
          Origin: origin,
          'X-Console-Request': '1',
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
        },
        body,
      )
    expect(await login('https://console.example')).toBe(401)
    expect(await login('http://console.example')).toBe(403)
  } finally {
    await pinned.close()
  }
})

test('with passwords on and no company sign-in, the session view is as it was: no emergency sign-in', async () => {
  const cookie = await stack.signIn()
  const view = (await stack.call('/api/session', { cookie })).json() as Record<string, unknown>
  expect(Object.keys(view).sort()).toEqual(['accounts', 'activeAccountId', 'user'])
})
