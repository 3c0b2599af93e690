import { afterAll, beforeAll, expect, test } from 'vitest'
import { Agent, request } from 'undici'
import { startReceiver, type Receiver } from './start.ts'

let receiver: Receiver
let agent: Agent

beforeAll(async () => {
  receiver = await startReceiver()
  // Trusting the generated certificate explicitly is the whole point: no TLS check is disabled.
  agent = new Agent({ connect: { ca: receiver.ca } })
})

afterAll(async () => {
  await agent.close()
  await receiver.close()
})

async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: string) {
  const res = await request(`${receiver.url}${path}`, { method, body: body ?? null, dispatcher: agent })
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() }
}

test('listens on 127.0.0.1 over HTTPS with a certificate valid for that address', () => {
  expect(receiver.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
  expect(receiver.ca).toContain('BEGIN CERTIFICATE')
})

test('a client that does not trust the certificate is refused', async () => {
  await expect(request(`${receiver.url}/ok`, { method: 'POST', body: '{}' })).rejects.toThrow()
})

test('/ok accepts events and answers the activation challenge', async () => {
  expect(await call('POST', '/ok/payroll', '{"a":1}')).toMatchObject({ status: 202, text: '' })
  expect(await call('GET', '/ok/payroll?echo=abc123')).toMatchObject({ status: 200, text: 'abc123' })
})

test('records the exact body bytes, headers and answer, filterable by path prefix', async () => {
  const body = '{"id":"1","name":"Zoë  ✓"}'
  await call('POST', '/ok/recorded?x=1', body)
  const [last] = receiver.requests().filter((r) => r.path === '/ok/recorded')
  expect(last).toMatchObject({ method: 'POST', query: 'x=1', body, answeredStatus: 202 })
  const listed = await call('GET', '/_receiver/requests?path=/ok/recorded')
  expect(JSON.parse(listed.text)).toHaveLength(1)
})

test('/fail/<code> fails events but lets the challenge pass, except 404 and 410', async () => {
  expect((await call('POST', '/fail/500/x', '{}')).status).toBe(500)
  expect(await call('GET', '/fail/500/x?echo=e')).toMatchObject({ status: 200, text: 'e' })
  expect((await call('GET', '/fail/404?echo=e')).status).toBe(404)
  expect((await call('GET', '/fail/410?echo=e')).status).toBe(410)
})

test('/switch/<name> answers what the control API sets', async () => {
  expect((await call('POST', '/switch/a', '{}')).status).toBe(202)
  expect((await call('PUT', '/_receiver/switch/a', '{"status":503}')).status).toBe(200)
  expect((await call('POST', '/switch/a', '{}')).status).toBe(503)
  expect((await call('GET', '/switch/a?echo=z')).text).toBe('z')
  await call('PUT', '/_receiver/switch/a', '{"status":410}')
  expect((await call('GET', '/switch/a?echo=z')).status).toBe(410)
  expect((await call('PUT', '/_receiver/switch/a', '{"status":"x"}')).status).toBe(400)
})

test('/redirect, /big, /slow, /reset and /hang misbehave as documented', async () => {
  const redirect = await call('POST', '/redirect', '{}')
  expect(redirect.status).toBe(302)
  expect(redirect.headers.location).toBe('/ok')
  const big = await call('POST', '/big', '{}')
  expect(big.status).toBe(500)
  expect(big.text.length).toBe(10 * 1024 * 1024)
  const started = Date.now()
  expect((await call('POST', '/slow/150', '{}')).status).toBe(202)
  expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  await expect(call('POST', '/reset', '{}')).rejects.toThrow()
  const hang = request(`${receiver.url}/hang`, {
    method: 'POST',
    body: '{}',
    dispatcher: agent,
    headersTimeout: 200,
  })
  await expect(hang).rejects.toThrow(/timeout/i)
  expect(receiver.requests().find((r) => r.path === '/hang')?.answeredStatus).toBe(0)
})

test('DELETE /_receiver/requests forgets everything', async () => {
  await call('POST', '/ok', '{}')
  expect((await call('DELETE', '/_receiver/requests')).status).toBe(204)
  expect(receiver.requests()).toEqual([])
})
