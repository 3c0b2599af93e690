import fc from 'fast-check'
import { afterAll, expect, test } from 'vitest'
import { emulatorHarness } from '../../testing/emulator-harness.ts'

// Frozen clock and skipped challenges: random URLs are never contacted.
const { emulator, call } = await emulatorHarness({ skipChallenge: true })
afterAll(() => emulator.close())

const seeded = await call('POST', '/lucca-api/webhook-endpoints', {
  body: { webhookUrl: 'https://hooks.example.com/a', topics: ['employee.created'], status: 'active' },
})
const endpointId = (seeded.json as { id: string }).id

/** What a rejected request must leave untouched: every collection, fingerprinted by its ETag. */
async function fingerprint(): Promise<string> {
  const paths = ['webhook-endpoints', 'webhook-deliveries', 'webhook-delivery-attempts', 'events']
  const tags = await Promise.all(
    paths.map(async (p) => (await call('GET', `/lucca-api/${p}?limit=100&include=totalCount`)).headers.etag),
  )
  return tags.join()
}

// The state after the previous request; only accepted requests may move it.
let last = await fingerprint()

async function expectSafe(method: string, url: string, options: Parameters<typeof call>[2]) {
  const res = await call(method, url, options)
  expect(res.status, `${method} ${url} ${JSON.stringify(options)}`).toBeLessThan(500)
  const now = await fingerprint()
  if (res.status >= 400) expect(now, `${method} ${url} changed state`).toBe(last)
  last = now
}

const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'https://hooks.example.com/x',
    'http://hooks.example.com/x',
    `https://x.test/${'a'.repeat(600)}`,
  ),
  fc.constantFrom('active', 'inactive', 'suspended', 'default', 'cloudEvents', '2024-11-01'),
  fc.array(fc.constantFrom('employee.created', 'leave.updated', 'ping', 'nope', ''), { maxLength: 4 }),
  fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer()) }), { maxLength: 3 }),
)
const endpointKeys = [
  'name',
  'webhookUrl',
  'apiVersion',
  'topics',
  'businessEstablishments',
  'status',
  'contentType',
  'id',
  'extra',
]
const endpointBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...endpointKeys), value, { maxKeys: 7 }),
  fc.anything(),
)
const deliveryBody = fc.oneof(
  fc.record(
    {
      webhookEndpoint: fc.oneof(fc.record({ id: value }), value),
      event: fc.oneof(fc.record({ id: value }), value),
    },
    {
      requiredKeys: [],
    },
  ),
  fc.anything(),
)
const queryKeys = [
  'limit',
  'page',
  'sort',
  'include',
  'status',
  'application.id',
  'webhookEndpoint.id',
  'event.id',
  'webhookDelivery.id',
  'event.topic',
]
const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...queryKeys), fc.string()),
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '0',
          '100',
          '101',
          '-1',
          '1e3',
          '!abc',
          '!eyJvIjoxLCJxIjoieCJ9',
          'id,-id',
          'links,embedded',
          endpointId,
        ),
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'))

const runs = { numRuns: 250 }
// Hundreds of requests each; generous so a busy CI machine does not turn slowness into failure.
const fuzzTimeoutMs = 90_000

test(
  'random bodies at POST and PATCH webhook-endpoints: no 5xx, no change when rejected',
  async () => {
    await fc.assert(
      fc.asyncProperty(endpointBody, (body) => expectSafe('POST', '/lucca-api/webhook-endpoints', { body })),
      runs,
    )
    await fc.assert(
      fc.asyncProperty(endpointBody, (body) =>
        expectSafe('PATCH', `/lucca-api/webhook-endpoints/${endpointId}`, { body }),
      ),
      runs,
    )
  },
  fuzzTimeoutMs,
)

test(
  'random bodies and queries at POST webhook-deliveries: no 5xx, no change when rejected',
  async () => {
    await fc.assert(
      fc.asyncProperty(deliveryBody, query, (body, q) =>
        expectSafe('POST', `/lucca-api/webhook-deliveries?${q}`, { body }),
      ),
      runs,
    )
  },
  fuzzTimeoutMs,
)

test(
  'random query strings at every list route: no 5xx, no change',
  async () => {
    const lists = ['webhook-endpoints', 'webhook-deliveries', 'webhook-delivery-attempts', 'events']
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), query, (list, q) =>
        expectSafe('GET', `/lucca-api/${list}?${q}`, {}),
      ),
      runs,
    )
  },
  fuzzTimeoutMs,
)

test(
  'random raw bytes with a JSON content type: 400, never 5xx',
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), (raw) =>
        expectSafe('POST', '/lucca-api/webhook-endpoints', {
          rawBody: raw,
          headers: { 'content-type': 'application/json' },
        }),
      ),
      runs,
    )
  },
  fuzzTimeoutMs,
)

test('a huge body is a 413 problem', async () => {
  const huge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })
  await expectSafe('POST', '/lucca-api/webhook-endpoints', {
    rawBody: huge,
    headers: { 'content-type': 'application/json' },
  })
  const res = await call('POST', '/lucca-api/webhook-endpoints', {
    rawBody: huge,
    headers: { 'content-type': 'application/json' },
  })
  expect(res.status).toBe(413)
})
