// The tap's additions for the e2e fault console (times-limited rules, a fixed port, an intercept hook), and
// the control API e2e/servers/tap-control.ts puts on it, against a real upstream on loopback.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { tapControl } from '../../e2e/servers/tap-control.ts'
import { freePort } from './free-port.ts'
import { startTapProxy, type TapProxy } from './tap-proxy.ts'

let upstream: Server
let upstreamUrl = ''
let tap: TapProxy

beforeAll(async () => {
  upstream = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('upstream'))
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  tap = await startTapProxy(upstreamUrl, { intercept: tapControl })
})

afterAll(async () => {
  await tap.close()
  await new Promise((resolve) => upstream.close(resolve))
})

afterEach(() => tap.clear())

const status = async (path: string) => (await fetch(`${tap.url}${path}`)).status

test('a rule with `times` fails only that many requests, then the tap forwards again', async () => {
  tap.inject('/api', { kind: 'status', status: 401 }, 2)
  expect([await status('/api/a'), await status('/api/b'), await status('/api/c')]).toEqual([401, 401, 200])
})

test('injecting again under a prefix makes that rule the last one set', async () => {
  tap.inject('/api', { kind: 'status', status: 500 })
  tap.inject('/api/x', { kind: 'status', status: 503 })
  tap.inject('/api', { kind: 'status', status: 502 })
  expect(await status('/api/x')).toBe(502)
})

test('a fixed port is honoured', async () => {
  const port = await freePort()
  const fixed = await startTapProxy(upstreamUrl, { port })
  try {
    expect(fixed.url).toBe(`http://127.0.0.1:${port}`)
    expect(await (await fetch(`${fixed.url}/anything`)).text()).toBe('upstream')
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
  expect(await status('/connect/token')).toBe(200)
})

test('a reset fault closes the socket without an answer', async () => {
  tap.inject('/api', { kind: 'reset' })
  await expect(fetch(`${tap.url}/api/x`)).rejects.toThrow()
})
