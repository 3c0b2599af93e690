import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildRequest, sendRaw } from '../../../testing/raw-http.ts'
import { startFakeLucca, type FakeLucca } from './fake-lucca.ts'
import { startTestConsole, testConfig, type TestConsole } from './harness.ts'

// Lucca documents its ETags both quoted and unquoted (contract §2.6, §12 R5): whatever it sent comes
// back to it byte for byte, and nothing that could smuggle a header or confuse a parser gets through.
const E = '/lucca-api/webhook-endpoints'

let lucca: FakeLucca
let proxy: TestConsole
let cookie: string

beforeAll(async () => {
  lucca = await startFakeLucca()
  proxy = await startTestConsole(await testConfig(lucca))
  cookie = await proxy.signIn()
})
afterAll(async () => {
  await proxy.close()
  await lucca.close()
  proxy.watch.secret(...lucca.issued)
  expect(proxy.watch.leaks()).toEqual([])
})

const forwarded = ['W/q5sd4w2x1c1gfdg', 'q5sd4w2x1c1gfdg', 'W/"x"', '"x"', 'W/"e1", "e2","e3"', '*']

test.each(forwarded)('If-Match %s reaches Lucca exactly as sent, on PATCH and DELETE', async (etag) => {
  for (const [method, body] of [
    ['PATCH', { name: 'x' }],
    ['DELETE', undefined],
  ] as const) {
    const before = lucca.hits.length
    const answer = await proxy.call(`${E}/12`, { method, cookie, body, headers: { 'if-match': etag } })
    expect(answer.status, `${method} ${answer.text}`).toBe(200)
    expect(lucca.hits.slice(before).map((hit) => [hit.method, hit.headers['if-match']])).toEqual([
      [method, etag],
    ])
  }
})

test.each(forwarded)('If-None-Match %s reaches Lucca exactly as sent', async (etag) => {
  const before = lucca.hits.length
  expect((await proxy.call(`${E}/12`, { cookie, headers: { 'if-none-match': etag } })).status).toBe(200)
  expect(lucca.hits.slice(before).map((hit) => hit.headers['if-none-match'])).toEqual([etag])
})

test.each([
  ['a CR/LF inside the value', 'W/"a\r\nX-Injected: 1"'],
  ['a folded line', 'W/"a"\r\n X-Injected: 1'],
  ['a bare CR', 'W/"a\rb"'],
  ['a control character', 'W/"a\x01b"'],
  ['DEL', 'W/a\x7fb'],
  ['a tab', 'W/"a\tb"'],
  ['a comma in an unquoted value', 'W/a,b'],
  ['an unquoted value in a list', 'W/"a", b'],
  ['a space in an unquoted value', 'W/a b'],
  ['a stray quote', 'W/a"b'],
  ['a Latin-1 byte', 'W/caf\u00e9'],
  ['a no-break space between tags', 'W/"a"\u00a0,"b"'],
  ['2000 characters', `W/${'a'.repeat(2000)}`],
  ['2000 characters, quoted', `"${'a'.repeat(2000)}"`],
])('an If-Match with %s is refused (400) and never reaches Lucca', async (_name, etag) => {
  const before = lucca.hits.length
  const headers: [string, string][] = [
    ['Cookie', cookie],
    ['Origin', proxy.url],
    ['X-Console-Request', '1'],
    ['Content-Type', 'application/json'],
    ['If-Match', etag],
  ]
  const answer = await sendRaw(
    proxy.url,
    buildRequest(proxy.url, 'PATCH', `${E}/12`, headers, '{"name":"x"}'),
  )
  expect(answer.status).toBe(400)
  expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  // Node's parser refuses CR, LF and most control characters itself; the proxy refuses the rest.
  expect(JSON.parse(answer.body)).toMatchObject({ extensions: { reason: 'bad-request' } })
  const preflight = await sendRaw(
    proxy.url,
    buildRequest(proxy.url, 'GET', `${E}/12`, [...headers.slice(0, 1), ['If-None-Match', etag]]),
  )
  expect(preflight.status).toBe(400)
  expect(lucca.hits.length).toBe(before)
})

test('the ETag Lucca answers reaches the browser unchanged, on 200, 304 and 412', async () => {
  for (const [status, etag] of [
    [200, 'W/q5sd4w2x1c1gfdg'],
    [304, 'q5sd4w2x1c1gfdg'],
    [412, 'W/"x"'],
  ] as const) {
    lucca.state.handler = (_request, reply) =>
      reply
        .code(status)
        .header('etag', etag)
        .send(status === 200 ? { id: '12' } : undefined)
    const answer = await proxy.call(`${E}/12`, { cookie })
    expect([answer.status, answer.headers.get('etag')]).toEqual([status, etag])
  }
  lucca.state.handler = (_request, reply) => reply.send({ type: 'webhook-endpoints', items: [] })
})
