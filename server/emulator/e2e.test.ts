import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../receiver/start.ts'
import { verifyLuccaSignature } from '../receiver/verify-signature.ts'
import { startEmulator } from './start.ts'
import { expectContract } from '../../testing/emulator-harness.ts'

// Real ports, real TLS, the real clock: what the proxy and the browser tests will meet.
const receiver = await startReceiver({ port: 0 })
const lucca = await startEmulator({ port: 0, trustedCa: [receiver.ca], dispatchDelayMs: 20, store: 'memory' })
afterAll(async () => {
  await lucca.close()
  await receiver.close()
})

async function api(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${lucca.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'api-version': '2024-11-01',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await res.text()
  expectContract({
    method,
    url: path,
    status: res.status,
    headers: Object.fromEntries(res.headers),
    body: text,
  })
  return { status: res.status, json: JSON.parse(text) as Record<string, unknown> }
}

test('create an endpoint, send a test delivery, and the receiver gets a request signed with the secret', async () => {
  const tokenRes = await fetch(`${lucca.url}/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=console-dev&client_secret=console-dev-secret',
  })
  const { access_token: token } = (await tokenRes.json()) as { access_token: string }

  const created = await api('POST', '/lucca-api/webhook-endpoints', token, {
    name: 'e2e',
    webhookUrl: `${receiver.url}/ok/e2e`,
    topics: ['employee.created'],
    status: 'active',
  })
  expect(created.status).toBe(201)
  const { id, secret } = created.json as { id: string; secret: string }

  const queued = await api('POST', '/lucca-api/webhook-deliveries', token, { webhookEndpoint: { id } })
  expect(queued.status).toBe(202)
  expect(queued.json).toMatchObject({ status: 'undelivered', attemptsCount: 0 })

  const deliveryPath = `/lucca-api/webhook-deliveries/${String(queued.json.id)}`
  await expect
    .poll(async () => (await api('GET', deliveryPath, token)).json.status, { timeout: 5000 })
    .toBe('delivered')
  expect((await api('GET', deliveryPath, token)).json).toMatchObject({
    attemptsCount: 1,
    nextAttemptAt: null,
  })

  const posts = receiver.requests().filter((r) => r.path === '/ok/e2e' && r.method === 'POST')
  expect(posts).toHaveLength(1)
  const [post] = posts
  if (!post) throw new Error('no POST received')
  expect(post.headers['content-type']).toBe('application/json')
  expect(
    verifyLuccaSignature(secret, post.headers['lucca-timestamp'], post.headers['lucca-signature'], post.body),
  ).toBe(true)
  expect(JSON.parse(post.body)).toMatchObject({
    type: 'event',
    topic: 'test.created',
    data: { type: 'test' },
  })

  // Every POST the receiver got verifies with the secret of the endpoint it was meant for.
  const secrets = (await (await fetch(`${lucca.url}/_emulator/secrets`)).json()) as {
    webhookUrl: string
    secret: string
  }[]
  for (const request of receiver.requests().filter((r) => r.method === 'POST')) {
    const target = secrets.find((s) => new URL(s.webhookUrl).pathname === request.path)
    const { 'lucca-timestamp': ts, 'lucca-signature': sig } = request.headers
    expect(verifyLuccaSignature(target?.secret ?? '', ts, sig, request.body), request.path).toBe(true)
  }

  const attempts = await api(
    'GET',
    `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${String(queued.json.id)}`,
    token,
  )
  expect(attempts.json.items).toEqual([
    expect.objectContaining({
      isSuccessful: true,
      responseStatusCode: 202,
      signature: post.headers['lucca-signature'],
    }),
  ])
})
