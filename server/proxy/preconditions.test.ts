import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { emulatorControl } from '../../testing/emulator-control.ts'
import { buildRequest, sendRaw } from '../../testing/raw-http.ts'
import { startStack, tapOf, type InProcessStack } from '../../testing/stack.ts'

// Lucca documents its ETags both quoted and unquoted (contract §2.6, §12 R5): whatever it sent comes
// back to it byte for byte, and nothing that could smuggle a header or confuse a parser gets through.
const E = '/lucca-api/webhook-endpoints'

let stack: InProcessStack
let cookie: string
const hits = () => tapOf(stack).requests('/lucca-api')
const Created = z.object({ id: z.string(), url: z.url() })

/** A fresh endpoint, made at the emulator directly (not through the console): this test's own fixture. */
async function endpointOn(on: InProcessStack) {
  const body = { webhookUrl: `${on.receiverUrl}/ok/etag`, topics: ['employee.created'] }
  const created = Created.parse((await on.emulator.api('POST', '/webhook-endpoints', body)).json)
  return { id: created.id, path: new URL(created.url).pathname }
}

const realAccount = (options = {}) =>
  startStack({
    console: { run: 'in-process' },
    lucca: { emulator: 'in-process', options, tap: {} },
    env: { LUCCA_ENVIRONMENT: 'sandbox' },
  })

beforeAll(async () => {
  stack = await realAccount()
  cookie = await stack.signIn()
})
afterAll(async () => {
  await stack.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

const forwarded = ['W/q5sd4w2x1c1gfdg', 'q5sd4w2x1c1gfdg', 'W/"x"', '"x"', 'W/"e1", "e2","e3"', '*']

test.each(forwarded)('If-Match %s reaches Lucca exactly as sent, on PATCH and DELETE', async (etag) => {
  const { path } = await endpointOn(stack)
  // Lucca's own answer: only `*` matches a fresh endpoint's tag.
  const expected = etag === '*' ? { PATCH: 200, DELETE: 204 } : { PATCH: 412, DELETE: 412 }
  for (const [method, body] of [
    ['PATCH', { name: 'x' }],
    ['DELETE', undefined],
  ] as const) {
    const before = hits().length
    const answer = await stack.call(path, { method, cookie, body, headers: { 'if-match': etag } })
    expect(answer.status, `${method} ${answer.text}`).toBe(expected[method])
    expect(
      hits()
        .slice(before)
        .map((hit) => [hit.method, hit.headers['if-match']]),
    ).toEqual([[method, etag]])
  }
})

test.each(forwarded)('If-None-Match %s reaches Lucca exactly as sent', async (etag) => {
  const { path } = await endpointOn(stack)
  const before = hits().length
  const answer = await stack.call(path, { cookie, headers: { 'if-none-match': etag } })
  expect(answer.status).toBe(etag === '*' ? 304 : 200)
  expect(
    hits()
      .slice(before)
      .map((hit) => hit.headers['if-none-match']),
  ).toEqual([etag])
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
  const before = hits().length
  const headers: [string, string][] = [
    ['Cookie', cookie],
    ['Origin', stack.url],
    ['X-Console-Request', '1'],
    ['Content-Type', 'application/json'],
    ['If-Match', etag],
  ]
  const answer = await sendRaw(
    stack.url,
    buildRequest(stack.url, 'PATCH', `${E}/12`, headers, '{"name":"x"}'),
  )
  expect(answer.status).toBe(400)
  expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  // Node's parser refuses CR, LF and most control characters itself; the proxy refuses the rest.
  expect(JSON.parse(answer.body)).toMatchObject({ extensions: { reason: 'bad-request' } })
  const preflight = await sendRaw(
    stack.url,
    buildRequest(stack.url, 'GET', `${E}/12`, [...headers.slice(0, 1), ['If-None-Match', etag]]),
  )
  expect(preflight.status).toBe(400)
  expect(hits().length).toBe(before)
})

test.each([
  ['quoted, as the [E] rules say', {}, /^W\/"[0-9a-f]{16}"$/],
  ['unquoted, as Lucca’s samples show', { variants: 'lucca-samples' as const }, /^W\/[0-9a-f]{16}$/],
])(
  'the ETag Lucca answers (%s) reaches the browser unchanged, on 200, 304 and 412',
  async (_, options, form) => {
    const lucca = await realAccount(options)
    try {
      const { path } = await endpointOn(lucca)
      // Read where the console reads it: an ETag covers the URLs in the body, which follow the address used.
      const direct = await emulatorControl(tapOf(lucca).url).api('GET', path.replace(/^\/lucca-api/, ''))
      const etag = direct.headers.get('etag') ?? ''
      expect(etag).toMatch(form)
      const admin = await lucca.signIn()
      const read = await lucca.call(path, { cookie: admin })
      const unchanged = await lucca.call(path, { cookie: admin, headers: { 'if-none-match': etag } })
      const stale = await lucca.call(path, {
        method: 'PATCH',
        cookie: admin,
        body: { name: 'x' },
        headers: { 'if-match': 'W/"0000000000000000"' },
      })
      expect([read, unchanged, stale].map((answer) => [answer.status, answer.headers.get('etag')])).toEqual([
        [200, etag],
        [304, etag],
        [412, etag],
      ])
    } finally {
      await lucca.close()
    }
    expect(lucca.console.watch.leaks()).toEqual([])
  },
)
