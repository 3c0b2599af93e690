import { afterAll, beforeAll, expect, test } from 'vitest'
import { PUBLIC_ADDRESS } from '../../testing/console-in-process.ts'
import { startStack, tapOf, type InProcessStack } from '../../testing/stack.ts'
import type { ResolveHost } from './receiver-guard.ts'

// Lucca calls receivers from the internet: a URL it can never reach is refused at the proxy on a
// real account, whatever the SPA checked, and never costs a Lucca call.
const E = '/lucca-api/webhook-endpoints'
const answers: Record<string, string[]> = {
  'hooks.example.com': [PUBLIC_ADDRESS],
  'intranet.acme.example': ['10.0.0.5', '192.168.1.1'],
  'rebind.acme.example': ['127.0.0.1', '::1'],
  'both.acme.example': ['10.0.0.5', PUBLIC_ADDRESS],
}
const asked: string[] = []
const resolveHost: ResolveHost = async (host) => {
  asked.push(host)
  if (host === 'slow.acme.example') return new Promise(() => undefined)
  const found = answers[host]
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
  return found
}

let stack: InProcessStack
let cookie: string
const hits = () => tapOf(stack).requests('/lucca-api')
const topics = ['employee.created']

beforeAll(async () => {
  stack = await startStack({
    console: { run: 'in-process', options: { resolveHost } },
    lucca: { emulator: 'in-process', tap: {} },
    env: { LUCCA_ENVIRONMENT: 'sandbox' },
  })
  cookie = await stack.signIn()
})
afterAll(async () => {
  await stack.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

const refused = [
  ['127.0.0.1', '127.8.9.10', 'localhost', 'localhost.', 'api.localhost', '[::1]', '0.0.0.0', '0.1.2.3'],
  ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.20', '100.64.0.1', '[fd00::1]', '[fc00::1]'],
  ['169.254.169.254', '[fe80::1]', '[::ffff:127.0.0.1]', '[::ffff:a9fe:a9fe]', '[64:ff9b::7f00:1]'],
  ['[64:ff9b:1::a00:1]', '2130706433', '0x7f000001', '0177.0.0.1', '127.1', '１２７．０．０．１'],
  ['127。0。0。1', 'metadata.google.internal', 'intranet', 'printer.local'],
  ['intranet.acme.example', 'rebind.acme.example'],
].flat()

test.each(refused)(
  'https://%s is refused with 422 on create and edit, and Lucca never sees it',
  async (host) => {
    const before = hits().length
    const webhookUrl = `https://${host}/hook`
    for (const [method, path] of [
      ['POST', E],
      ['PATCH', `${E}/12`],
    ] as const) {
      const answer = await stack.call(path, {
        method,
        cookie,
        body: { webhookUrl, topics: ['employee.created'] },
      })
      expect(answer.status, `${method} ${answer.text}`).toBe(422)
      expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
      expect(answer.json()).toMatchObject({
        status: 422,
        detail: expect.stringMatching(/^Lucca (cannot|will not)/),
        errors: { webhookUrl: [expect.stringMatching(/^Lucca (cannot|will not)/)] },
        extensions: { reason: 'unreachable-receiver' },
      })
    }
    expect(hits().length).toBe(before)
  },
)

test('the refusal names the problem and the host as read, for the SPA to word in its language', async () => {
  for (const [host, problem, read] of [
    ['2130706433', 'loopback', '127.0.0.1'],
    ['192.168.1.20', 'private-network', '192.168.1.20'],
    ['[::ffff:a9fe:a9fe]', 'metadata', '::ffff:a9fe:a9fe'],
    ['intranet.acme.example', 'private-network', 'intranet.acme.example'],
  ] as const) {
    const body = { webhookUrl: `https://${host}/hook`, topics }
    const answer = await stack.call(E, { method: 'POST', cookie, body })
    expect(answer.json(), host).toMatchObject({
      extensions: { reason: 'unreachable-receiver', receiver: { problem, host: read } },
    })
  }
})

test('a URL Lucca cannot use at all is refused in plain words too', async () => {
  for (const [webhookUrl, detail] of [
    ['http://hooks.example.com/hook', /must start with https/],
    ['not a url', /not a valid address/],
    ['https://payroll:s3cret@hooks.example.com/hook', /Remove the user name and password/],
  ] as const) {
    const answer = await stack.call(E, { method: 'POST', cookie, body: { webhookUrl, topics: [] } })
    expect([answer.status, answer.json()]).toEqual([
      422,
      expect.objectContaining({ detail: expect.stringMatching(detail) }),
    ])
  }
})

test.each([
  ['a public name', 'hooks.example.com'],
  ['a public address', '93.184.215.14'],
  ['a public IPv6 address', '[2606:4700:4700::1111]'],
  ['a name with one public address among private ones', 'both.acme.example'],
  ['a name that does not resolve here (Lucca will say so)', 'gone.acme.example'],
])('%s is forwarded', async (_name, host) => {
  const before = hits().length
  const body = { webhookUrl: `https://${host}/hook`, topics }
  expect((await stack.call(E, { method: 'POST', cookie, body })).status).toBe(201)
  expect(
    hits()
      .slice(before)
      .map((hit) => [hit.method, JSON.parse(hit.body)]),
  ).toEqual([['POST', body]])
})

test('a name that resolves too slowly is forwarded after 2 s, not held', async () => {
  const started = Date.now()
  const body = { webhookUrl: 'https://slow.acme.example/hook', topics }
  expect((await stack.call(E, { method: 'POST', cookie, body })).status).toBe(201)
  expect(Date.now() - started).toBeGreaterThanOrEqual(1900)
  expect(Date.now() - started).toBeLessThan(5000)
})

test('only names are looked up, and a body without webhookUrl is not checked', async () => {
  asked.length = 0
  const before = hits().length
  await stack.call(E, { method: 'POST', cookie, body: { webhookUrl: 'https://8.8.8.8/x', topics: [] } })
  await stack.call(`${E}/12`, { method: 'PATCH', cookie, body: { name: 'Payroll' } })
  expect(asked).toEqual([])
  expect(hits().length).toBe(before + 2)
})

test('a refusal is in the audit trail, with what it would have changed', async () => {
  const body = { webhookUrl: 'https://10.0.0.1/hook', topics: ['employee.created'] }
  await stack.call(E, { method: 'POST', cookie, body })
  await stack.call(`${E}/12`, { method: 'PATCH', cookie, body })
  const trail = (await stack.call('/api/audit?limit=2', { cookie })).json()
  expect(trail).toMatchObject({
    items: [
      { action: 'endpoint.refused', target: 'webhook-endpoints/12', status: 422, username: 'admin' },
      { action: 'endpoint.refused', target: 'webhook-endpoints', status: 422, username: 'admin' },
    ],
  })
})

test('an emulator account on loopback may use loopback and private receivers', async () => {
  const emulator = await startStack({
    console: { run: 'in-process', options: { resolveHost } },
    lucca: stack.lucca ?? 'embedded',
  })
  try {
    const admin = await emulator.signIn()
    const before = hits().length
    for (const webhookUrl of [
      'https://127.0.0.1:4443/ok',
      'https://192.168.1.20/hook',
      'https://rebind.acme.example/x',
    ]) {
      const answer = await emulator.call(E, {
        method: 'POST',
        cookie: admin,
        body: { webhookUrl, topics },
      })
      expect(answer.status, webhookUrl).toBe(201)
    }
    expect(hits().length).toBe(before + 3)
  } finally {
    await emulator.close()
  }
  expect(emulator.console.watch.leaks()).toEqual([])
})
