import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { rawRequest } from '../../testing/raw-http.ts'
import { startStack, tapOf, type InProcessStack } from '../../testing/stack.ts'
import { issuedTokens, type Tap } from '../../testing/tap.ts'
import { startUpstreamStub } from '../../testing/upstream-stub.ts'

// A real account's console on the emulator (its demo account), the tap between them showing what Lucca got.
let stack: InProcessStack
let tap: Tap
let cookie: string
const hits = () => tap.requests('/lucca-api')

beforeAll(async () => {
  stack = await startStack({
    console: { run: 'in-process' },
    lucca: { emulator: 'in-process', options: { seed: true }, tap: {} },
    env: { LUCCA_ENVIRONMENT: 'sandbox' },
  })
  tap = tapOf(stack)
  cookie = await stack.signIn()
})
afterAll(async () => {
  await stack.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

const long = 'a'.repeat(65)
const attacks: [method: string, target: string][] = [
  ['GET', '/lucca-api/webhook-endpoints/..'],
  ['GET', '/lucca-api/webhook-endpoints/../events'],
  ['GET', '/lucca-api/../_emulator/outbox'],
  ['GET', '/lucca-api/%2e%2e/_emulator/outbox'],
  ['GET', '/lucca-api/%252e%252e/_emulator/outbox'],
  ['GET', '/lucca-api/webhook-endpoints/%2e%2e%2f%2e%2e'],
  ['GET', '/lucca-api/webhook-endpoints/1%2f..%2f..'],
  ['GET', '/lucca-api/webhook-endpoints/1%252f..%252f'],
  ['GET', '/lucca-api/webhook-endpoints/..%5c..%5cadmin'],
  ['GET', '/lucca-api/webhook-endpoints\\..\\events'],
  ['GET', '/lucca-api//webhook-endpoints'],
  ['GET', '/lucca-api/webhook-endpoints//1'],
  ['GET', '/lucca-api/webhook-endpoints/1/'],
  ['GET', '/lucca-api/webhook-endpoints/1;x=y'],
  ['GET', '/lucca-api/webhook-endpoints;/1'],
  ['GET', '/lucca-api/webhook-endpoints/1%00'],
  ['GET', '/lucca-api/webhook-endpoints/%00'],
  ['GET', '/lucca-api/webhook-endpoints/1%0d%0aX-Injected:%201'],
  ['GET', '/lucca-api/webhook-endpoints/.'],
  ['GET', '/lucca-api/./webhook-endpoints'],
  ['GET', '/lucca-api/webhook-endpoints/%2e'],
  ['GET', '/lucca-api/WEBHOOK-ENDPOINTS'],
  ['GET', '/lucca-api/webhook-endpoints/1/secret'],
  ['GET', `/lucca-api/webhook-endpoints/${long}`],
  ['GET', '/lucca-api/webhook-endpoints/1.json'],
  ['GET', '/lucca-api/webhook-endpoints/%C0%AE%C0%AE'],
  ['GET', '/lucca-api/webhook-endpoints/%u002e%u002e'],
  ['GET', '/lucca-api/users'],
  ['GET', '/lucca-api'],
  ['GET', '/lucca-api/webhook-endpoints?__proto__=x'],
  ['GET', '/lucca-api/webhook-endpoints?limit=%2525'],
  ['GET', '/lucca-api/webhook-endpoints?foo=bar'],
  ['GET', '/lucca-api/webhook-endpoints?limit=1%0d%0aHost:evil'],
  ['GET', '/lucca-api/%77ebhook-endpoints'],
  ['GET', '/%6cucca-api/webhook-endpoints'],
  ['GET', '/lucca-api%2fwebhook-endpoints'],
  ['GET', 'http://evil.example/lucca-api/webhook-endpoints'],
  ['GET', '//evil.example/lucca-api/webhook-endpoints'],
  ['GET', `/lucca-api/webhook-endpoints?page=${'x'.repeat(600)}`],
  ['GET', `/lucca-api/webhook-endpoints?limit=1&${'include=links&'.repeat(200)}`],
  ['GET', '/lucca-api/webhook-deliveries/%2e%2e%2f%2e%2e%2fwebhook-endpoints'],
  ['GET', '/lucca-api/webhook-endpoints/..%2f'],
  ['GET', '/lucca-api/events/1%20'],
  ['GET', '/lucca-api/events/1%09'],
  ['GET', '/lucca-api/events/%E2%80%AE1'],
  ['GET', '/lucca-api/events/1?event.id=1#x'],
  ['TRACE', '/lucca-api/webhook-endpoints'],
  ['OPTIONS', '/lucca-api/webhook-endpoints'],
  ['PUT', '/lucca-api/webhook-endpoints/1'],
  ['DELETE', '/lucca-api/webhook-endpoints'],
  ['POST', '/lucca-api/events'],
  ['PATCH', '/lucca-api/webhook-endpoints'],
  ['DELETE', '/lucca-api/webhook-endpoints/1/../2'],
]

test('every path-attack variant is refused and none reaches Lucca', async () => {
  expect(attacks.length).toBeGreaterThanOrEqual(40)
  const before = hits().length
  const csrf = { 'X-Console-Request': '1', Origin: stack.url, Cookie: cookie, 'Content-Length': '0' }
  for (const [method, target] of attacks) {
    const status = await rawRequest(stack.url, method, target, method === 'GET' ? { Cookie: cookie } : csrf)
    expect({ method, target, status }).toEqual({
      method,
      target,
      status: expect.toSatisfy((s: number) => s >= 400 && s < 500),
    })
  }
  expect(hits().length).toBe(before)
  // The same session still reaches an allowed route: refusals were about the path, not the sign-in.
  expect(await rawRequest(stack.url, 'GET', '/lucca-api/webhook-endpoints/1', { Cookie: cookie })).toBe(200)
})

test('an allowed route is forwarded with credentials and version, and ids are matched strictly', async () => {
  const seeded = await stack.emulator.api('GET', '/webhook-deliveries?limit=1')
  const id = z.object({ items: z.array(z.object({ id: z.uuid() })) }).parse(seeded.json).items[0]?.id
  const response = await stack.call(`/lucca-api/webhook-deliveries/${id}?include=embedded`, { cookie })
  expect(response.status).toBe(200)
  const hit = hits().at(-1)
  expect(hit?.url).toBe(`/lucca-api/webhook-deliveries/${id}?include=embedded`)
  expect(hit?.headers['api-version']).toBe('2024-11-01')
  expect(hit?.headers.authorization).toBe(`Bearer ${issuedTokens(tap).at(-1)}`)
})

test('client identity and hop-by-hop headers never reach Lucca', async () => {
  const { hostname, port } = new URL(stack.url)
  const status = await new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      {
        host: hostname,
        port,
        path: '/lucca-api/webhook-endpoints',
        headers: {
          Cookie: `${cookie}; other=tracking-cookie-value`,
          Authorization: 'Bearer browser-supplied-token',
          'Proxy-Authorization': 'Basic c2VjcmV0',
          Forwarded: 'for=203.0.113.9;host=evil.example',
          'X-Forwarded-For': '203.0.113.9',
          'X-Forwarded-Host': 'evil.example',
          'X-Forwarded-Proto': 'http',
          'X-Real-IP': '203.0.113.9',
          'Api-Version': '2020-01-01',
          'Keep-Alive': 'timeout=5',
          TE: 'trailers',
          'X-Custom-Header': 'x',
          Accept: 'application/json',
          'If-None-Match': 'W/"abc"',
        },
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end()
  })
  expect(status).toBe(200)
  const headers = hits().at(-1)?.headers ?? {}
  for (const name of [
    'cookie',
    'proxy-authorization',
    'forwarded',
    'x-forwarded-for',
    'x-forwarded-host',
    'x-forwarded-proto',
    'x-real-ip',
    'keep-alive',
    'te',
    'x-custom-header',
  ]) {
    expect(headers[name], name).toBeUndefined()
  }
  expect(headers.authorization).toBe(`Bearer ${issuedTokens(tap).at(-1)}`)
  expect(headers['api-version']).toBe('2024-11-01')
  expect(headers['if-none-match']).toBe('W/"abc"')
  expect(headers.host).toBe(new URL(tap.url).host)
})

test('upstream Set-Cookie, Server and other headers are not returned; useful ones are', async () => {
  // Headers an edge in front of Lucca may add, which the emulator never sends.
  const edge = await startUpstreamStub((_req, res) =>
    res
      .writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': 'lucca_session=upstream-cookie-value; Path=/',
        server: 'Kestrel',
        'x-powered-by': 'ASP.NET',
        'access-control-allow-origin': '*',
        via: '1.1 lucca-edge',
        etag: 'W/"e1"',
        'api-version': '2024-11-01',
      })
      .end(JSON.stringify({ type: 'webhook-endpoints', items: [] })),
  )
  const behindEdge = await startStack({
    console: { run: 'in-process' },
    lucca: stack.lucca ?? 'embedded',
    env: { LUCCA_ENVIRONMENT: 'sandbox', LUCCA_API_URL: edge.url },
  })
  try {
    const response = await behindEdge.call('/lucca-api/webhook-endpoints', {
      cookie: await behindEdge.signIn(),
    })
    expect(response.status).toBe(200)
    expect(edge.requests()).toHaveLength(1)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('server')).toBeNull()
    expect(response.headers.get('x-powered-by')).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('via')).toBeNull()
    expect(response.headers.get('etag')).toBe('W/"e1"')
    expect(response.headers.get('api-version')).toBe('2024-11-01')
    expect(response.headers.get('cache-control')).toBe('no-store')
  } finally {
    await behindEdge.close()
    await edge.close()
  }
  expect(behindEdge.console.watch.leaks()).toEqual([])
})

test('body, header and URL size limits', async () => {
  const before = hits().length
  const big = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: { name: 'x'.repeat(300 * 1024) },
  })
  expect(big.status).toBe(413)
  const headers = await rawRequest(stack.url, 'GET', '/lucca-api/webhook-endpoints', {
    Cookie: cookie,
    'X-Big': 'x'.repeat(9000),
  })
  expect(headers).toBe(431)
  const url = await rawRequest(stack.url, 'GET', `/lucca-api/webhook-endpoints?page=${'x'.repeat(2100)}`, {
    Cookie: cookie,
  })
  expect(url).toBe(414)
  const notJson = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: 'a=b',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
  expect(notJson.status).toBe(415)
  expect(hits().length).toBe(before)
})
