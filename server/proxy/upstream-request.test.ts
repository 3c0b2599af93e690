import { afterAll, beforeAll, expect, test } from 'vitest'
import { startStack, type InProcessStack } from '../../testing/stack.ts'
import { startUpstreamStub, type UpstreamStub } from '../../testing/upstream-stub.ts'
import { upstreamAccept } from './upstream-request.ts'

// A Lucca as strict as a mock generated from openapi.yaml (Stoplight Prism validates requests): the
// deliveries and events lists declare `Accept` as an enum, and anything else is a 400. Browsers send
// `*/*` by default, which a real Lucca tolerates but such a server refuses. The emulator is not such a mock,
// so a stub plays it; the console's tokens still come from the emulator.
const CONTRACT_ACCEPT = ['application/json', 'application/cloudevents-batch+json']

let mock: UpstreamStub
let stack: InProcessStack
let cookie: string

beforeAll(async () => {
  mock = await startUpstreamStub((req, res) => {
    const accept = req.headers.accept
    if (!accept || !CONTRACT_ACCEPT.includes(accept)) {
      res.writeHead(400, { 'content-type': 'application/problem+json' })
      const detail = `accept must be one of ${CONTRACT_ACCEPT}`
      return void res.end(JSON.stringify({ title: 'Bad Request', status: 400, detail }))
    }
    if (req.url?.startsWith('/lucca-api/webhook-endpoints')) {
      // What Prism sends when a header has a schema but no example: the literal placeholder.
      const placeholders = {
        'content-encoding': 'string',
        etag: 'string',
        deprecation: 'string',
        sunset: 'string',
      }
      res.writeHead(200, { ...placeholders, 'content-type': accept })
      return void res.end(JSON.stringify({ type: 'webhook-endpoints', items: [] }))
    }
    res
      .writeHead(200, { 'content-type': accept })
      .end(JSON.stringify({ type: 'webhook-deliveries', items: [] }))
  })
  stack = await startStack({
    console: { run: 'in-process' },
    lucca: { emulator: 'in-process', tap: {} },
    env: { LUCCA_ENVIRONMENT: 'sandbox', LUCCA_API_URL: mock.url },
  })
  cookie = await stack.signIn()
})
afterAll(async () => {
  await stack.close()
  await mock.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

test.each([
  ['the fetch default', '*/*'],
  ['a navigation', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
  ['a generic JSON client', 'application/json, text/plain, */*'],
  ['a refused JSON and a wildcard', 'application/json;q=0, */*'],
])('%s (Accept: %s) reaches a contract-strict Lucca as application/json', async (_name, accept) => {
  const answer = await stack.call('/lucca-api/webhook-deliveries?limit=100', {
    cookie,
    headers: { accept },
  })
  expect(answer.status, answer.text).toBe(200)
  expect(mock.requests().at(-1)?.headers.accept).toBe('application/json')
})

test('a browser asking for CloudEvents batches gets them', async () => {
  const answer = await stack.call('/lucca-api/events', {
    cookie,
    headers: { accept: 'application/cloudevents-batch+json, application/json;q=0.5' },
  })
  expect(answer.status, answer.text).toBe(200)
  expect(answer.headers.get('content-type')).toContain('application/cloudevents-batch+json')
  expect(mock.requests().at(-1)?.headers.accept).toBe('application/cloudevents-batch+json')
})

test('a Content-Encoding that does not match the body is not relayed: the browser would fail to decode it', async () => {
  const answer = await stack.call('/lucca-api/webhook-endpoints', { cookie })
  expect(answer.status, answer.text).toBe(200)
  expect(answer.headers.get('content-encoding')).toBeNull()
  expect(answer.json()).toEqual({ type: 'webhook-endpoints', items: [] })
  expect(answer.headers.get('etag')).toBe('string')
})

test('the Accept sent to Lucca is always one the contract lists', () => {
  expect(upstreamAccept(undefined)).toBe('application/json')
  expect(upstreamAccept('')).toBe('application/json')
  expect(upstreamAccept('APPLICATION/JSON; charset=utf-8')).toBe('application/json')
  expect(upstreamAccept('application/cloudevents-batch+json;q=0, application/json')).toBe('application/json')
  expect(upstreamAccept('application/cloudevents-batch+json;q=0.0')).toBe('application/json')
  expect(upstreamAccept('application/cloudevents-batch+json;q=0.1')).toBe(
    'application/cloudevents-batch+json',
  )
  expect(upstreamAccept('text/event-stream')).toBe('application/json')
})
