import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent, fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startStack, type InProcessStack } from '../../testing/stack.ts'
import { fixtureAsset } from '../../testing/static-fixture.ts'
import { testCertificate } from '../../testing/tls.ts'

let stack: InProcessStack
let cookie: string
/** Another console on the same Lucca account, with more settings. */
const sameAccount = (env: Record<string, string>) =>
  startStack({
    console: { run: 'in-process' },
    lucca: stack.lucca ?? 'embedded',
    env: { LUCCA_ENVIRONMENT: 'sandbox', ...env },
  })

beforeAll(async () => {
  stack = await startStack({
    console: { run: 'in-process' },
    lucca: { emulator: 'in-process', tap: {} },
    env: { LUCCA_ENVIRONMENT: 'sandbox' },
  })
  cookie = await stack.signIn()
})
afterAll(async () => {
  await stack.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

function expectSecurityHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  // ASVS 5.0 V3.4.3: no <base> injection, no plugins.
  expect(csp).toContain("base-uri 'none'")
  expect(csp).toContain("object-src 'none'")
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('no-referrer')
  expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  expect(headers.get('server')).toBeNull()
}

test('security headers on every kind of answer, no HSTS over plain HTTP', async () => {
  const answers = await Promise.all([
    stack.call('/'),
    stack.call('/endpoints/12'),
    stack.call(fixtureAsset),
    stack.call('/healthz'),
    stack.call('/api/session'),
    stack.call('/api/session', { cookie }),
    stack.call('/lucca-api/webhook-endpoints', { cookie }),
    stack.call('/lucca-api/nope', { cookie }),
    stack.call('/lucca-api/webhook-endpoints', {
      method: 'POST',
      body: {},
      headers: { 'x-console-request': '0' },
    }),
  ])
  for (const answer of answers) {
    expectSecurityHeaders(answer.headers)
    expect(answer.headers.get('strict-transport-security')).toBeNull()
  }
})

test('API answers are no-store; hashed assets immutable; index.html revalidated', async () => {
  for (const path of ['/api/session', '/healthz', '/readyz', '/lucca-api/events']) {
    expect((await stack.call(path, { cookie })).headers.get('cache-control'), path).toBe('no-store')
  }
  const asset = await stack.call(fixtureAsset)
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  const index = await stack.call('/')
  expect(index.headers.get('cache-control')).toBe('no-cache')
  expect(index.text).toContain('<div id="root">')
})

test('deep links get the SPA; unknown API paths get a 404 problem, never HTML', async () => {
  const deepLink = await stack.call('/endpoints/12/deliveries')
  expect(deepLink.status).toBe(200)
  expect(deepLink.headers.get('content-type')).toContain('text/html')
  for (const path of ['/api/nope', '/lucca-api/nope', '/api', '/readyz/x']) {
    const answer = await stack.call(path, { cookie })
    expect(answer.status, path).toBe(404)
    expect(answer.headers.get('content-type'), path).toContain('application/problem+json')
  }
})

test('a build file that does not exist (an old tab after a deploy) is a 404, not the SPA as a script', async () => {
  for (const path of [
    '/assets/app-gone123.js',
    '/assets/app-gone123.css',
    '/favicon-old.svg',
    '/x/chunk.mjs',
  ]) {
    const answer = await stack.call(path)
    expect(answer.status, path).toBe(404)
    expect(answer.headers.get('content-type'), path).not.toContain('text/html')
  }
})

test('served over HTTPS, every answer carries HSTS', async () => {
  const { cert, key } = await testCertificate()
  const dir = await mkdtemp(join(tmpdir(), 'console-tls-'))
  await writeFile(join(dir, 'cert.pem'), cert)
  await writeFile(join(dir, 'key.pem'), key)
  const tlsProxy = await sameAccount({
    TLS_CERT_FILE: join(dir, 'cert.pem'),
    TLS_KEY_FILE: join(dir, 'key.pem'),
  })
  try {
    expect(tlsProxy.url).toMatch(/^https:/)
    const agent = new Agent({ connect: { ca: [cert] } })
    for (const path of ['/', '/healthz', '/api/session']) {
      const response = await undiciFetch(`${tlsProxy.url}${path}`, { dispatcher: agent })
      expect(response.headers.get('strict-transport-security'), path).toBe(
        'max-age=31536000; includeSubDomains',
      )
    }
    await agent.close()
  } finally {
    await tlsProxy.close()
  }
})

test('behind a TLS-terminating proxy (TRUST_PROXY=1) HSTS follows X-Forwarded-Proto; untrusted, it is ignored', async () => {
  const trusted = await sameAccount({ TRUST_PROXY: '1' })
  try {
    const viaTls = await trusted.call('/healthz', { headers: { 'x-forwarded-proto': 'https' } })
    expect(viaTls.headers.get('strict-transport-security')).toContain('max-age=')
  } finally {
    await trusted.close()
  }
  const spoofed = await stack.call('/healthz', { headers: { 'x-forwarded-proto': 'https' } })
  expect(spoofed.headers.get('strict-transport-security')).toBeNull()
})
