// The tap's rules (times-limited, a fixed port, an intercept hook), what it records, and the control API
// tap-control.ts puts on it, against a real upstream on loopback.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { Agent, fetch as undiciFetch } from 'undici'
import { freePort } from './ports.ts'
import { tapControl } from './tap-control.ts'
import { startTap, type Tap } from './tap.ts'
import { testCertificate } from './tls.ts'

let upstream: Server
let upstreamUrl = ''
let tap: Tap

beforeAll(async () => {
  upstream = createServer((req, res) => {
    // Echoes the body it got, so a test sees the tap forwarded every byte.
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () =>
      res
        .writeHead(201, { 'Content-Type': 'text/plain' })
        .end(`upstream:${Buffer.concat(chunks).toString()}`),
    )
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  tap = await startTap(upstreamUrl, { intercept: tapControl })
})

afterAll(async () => {
  await tap.close()
  await new Promise((resolve) => upstream.close(resolve))
})

afterEach(() => tap.clear())

const status = async (path: string) => (await fetch(`${tap.url}${path}`)).status

test('a rule with `times` fails only that many requests, then the tap forwards again', async () => {
  tap.inject('/api', { kind: 'status', status: 401 }, 2)
  expect([await status('/api/a'), await status('/api/b'), await status('/api/c')]).toEqual([401, 401, 201])
})

test('injecting again under a prefix makes that rule the last one set', async () => {
  tap.inject('/api', { kind: 'status', status: 500 })
  tap.inject('/api/x', { kind: 'status', status: 503 })
  tap.inject('/api', { kind: 'status', status: 502 })
  expect(await status('/api/x')).toBe(502)
})

test('a fixed port is honoured', async () => {
  const port = await freePort()
  const fixed = await startTap(upstreamUrl, { port })
  try {
    expect(fixed.url).toBe(`http://127.0.0.1:${port}`)
    expect(await (await fetch(`${fixed.url}/anything`)).text()).toBe('upstream:')
  } finally {
    await fixed.close()
  }
})

test('the control API sets, counts and clears faults, and refuses a malformed one', async () => {
  const put = (body: unknown) =>
    fetch(`${tap.url}/_tap/fault`, { method: 'PUT', body: JSON.stringify(body) }).then((r) => r.status)
  expect(await put({ pathPrefix: '/connect/token', fault: { kind: 'explode' } })).toBe(400)
  expect(await put({ pathPrefix: 'no-slash', fault: { kind: 'reset' } })).toBe(400)
  expect(await put({ pathPrefix: '/connect/token', fault: { kind: 'status', status: 500 } })).toBe(204)
  expect(await status('/connect/token')).toBe(500)
  const count = await (await fetch(`${tap.url}/_tap/count?path=%2Fconnect%2Ftoken`)).json()
  // Control calls are answered by the tap itself: neither counted nor forwarded.
  expect(count).toEqual({ count: 1 })
  expect(await status('/_tap/nothing')).toBe(404)
  expect((await fetch(`${tap.url}/_tap/fault`, { method: 'DELETE' })).status).toBe(204)
  expect(await status('/connect/token')).toBe(201)
})

test('a reset fault closes the socket without an answer', async () => {
  tap.inject('/api', { kind: 'reset' })
  await expect(fetch(`${tap.url}/api/x`)).rejects.toThrow()
})

test('every request is recorded as sent, with its body and the status it got back', async () => {
  const body = JSON.stringify({ name: 'caf\u00e9' })
  const sent = await fetch(`${tap.url}/lucca-api/x?limit=1`, {
    method: 'PATCH',
    headers: { 'If-Match': 'W/a' },
    body,
  })
  expect(await sent.text()).toBe(`upstream:${body}`)
  tap.inject('/lucca-api', { kind: 'status', status: 503 }, 1)
  await status('/lucca-api/y')
  expect(tap.requests().slice(-2)).toEqual([
    expect.objectContaining({ method: 'PATCH', url: '/lucca-api/x?limit=1', body, status: 201 }),
    expect.objectContaining({ method: 'GET', url: '/lucca-api/y', body: '', status: 503 }),
  ])
  expect(tap.requests().at(-2)?.headers['if-match']).toBe('W/a')
})

test('a delay fault forwards the request, body included, after the delay', async () => {
  tap.inject('/slow', { kind: 'delay', ms: 300 }, 1)
  const started = Date.now()
  const answer = await fetch(`${tap.url}/slow`, { method: 'POST', body: 'late' })
  expect(await answer.text()).toBe('upstream:late')
  expect(Date.now() - started).toBeGreaterThanOrEqual(290)
})

test('over TLS, a client that trusts the certificate gets the upstream answer', async () => {
  const certificate = await testCertificate()
  const secure = await startTap(upstreamUrl, { tls: certificate })
  const agent = new Agent({ connect: { ca: [certificate.cert] } })
  try {
    expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:/)
    expect(await (await undiciFetch(`${secure.url}/x`, { dispatcher: agent })).text()).toBe('upstream:')
  } finally {
    await agent.close()
    await secure.close()
  }
})
