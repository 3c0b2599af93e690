import { afterAll, beforeAll, expect, test } from 'vitest'
import { HistoryChangeSchema, HistoryStatusSchema } from '../../../contract/console-history-api.ts'
import { accountEnv } from '../../../testing/console-env.ts'
import { openEventStream, type StreamBlock } from '../../../testing/event-stream.ts'
import { seedChange } from '../../../testing/history-seed.ts'
import { startLucca, type Lucca } from '../../../testing/lucca.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'

let lucca: Lucca
let stack: InProcessStack

beforeAll(async () => {
  lucca = await startLucca({ emulator: 'in-process' })
  stack = await startStack({
    lucca,
    console: {
      run: 'in-process',
      options: {
        streamTimings: { statusMs: 300, heartbeatMs: 200, sessionCheckMs: 300 },
        // A stream outlives the bound on how long a request may take to arrive.
        clientTimeouts: { headersMs: 1000, requestMs: 1000, checkEveryMs: 100 },
      },
    },
    env: { LUCCA_ACCOUNTS: 'acme,globex', ...accountEnv(lucca, 'acme'), ...accountEnv(lucca, 'globex') },
  })
})
afterAll(async () => {
  await stack?.close()
  await lucca?.close()
})

const open = (cookie: string, headers: Record<string, string> = {}) =>
  openEventStream(`${stack.url}/api/history/stream`, { cookie, ...headers })
const isStatus = (block: StreamBlock) => block.event === 'status'
const changeOf = (block: StreamBlock) => HistoryChangeSchema.parse(JSON.parse(block.data ?? ''))
const db = () => stack.console.database

test('a change reaches every open stream of its account, and no other account’s', async () => {
  const cookie = await stack.signIn()
  const other = await stack.signIn()
  const switched = await stack.call('/api/session/account', {
    method: 'PUT',
    cookie: other,
    body: { accountId: 'globex' },
  })
  expect(switched.status).toBe(200)
  const tabs = [await open(cookie), await open(cookie)]
  const theirs = await open(other)
  for (const stream of [...tabs, theirs]) {
    expect(stream.status).toBe(200)
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(stream.headers.get('cache-control')).toBe('no-store')
    expect(stream.headers.get('x-content-type-options')).toBe('nosniff')
    expect(stream.headers.get('content-encoding')).toBeNull()
    expect(stream.blocks[0]).toEqual({ retry: '3000' })
    expect(HistoryStatusSchema.parse(JSON.parse((await stream.next(isStatus)).data ?? ''))).toMatchObject({
      collector: { state: 'starting', updatedAt: null },
      retentionDays: 400,
    })
  }
  const seq = await seedChange(db(), 'acme', {
    kind: 'delivery',
    id: 'd-1',
    endpointId: 'ep-1',
    status: 'failed',
  })
  for (const tab of tabs) {
    const block = await tab.next((b) => b.event === 'change')
    expect(block.id).toBe(seq)
    expect(changeOf(block)).toEqual({
      seq,
      kind: 'delivery',
      id: 'd-1',
      endpointId: 'ep-1',
      status: 'failed',
    })
  }
  // Heartbeats and statuses keep coming; the other account's stream had no change.
  const statuses = theirs.blocks.filter(isStatus).length
  await theirs.next((b) => b.comment === 'keep-alive')
  await theirs.next(() => theirs.blocks.filter(isStatus).length > statuses + 1)
  expect(theirs.blocks.filter((b) => b.event === 'change')).toEqual([])
  for (const stream of [...tabs, theirs]) stream.close()
})

test('a stream that reconnects with Last-Event-ID gets what it missed; a fresh one starts from now', async () => {
  const cookie = await stack.signIn()
  const seen = await seedChange(db(), 'acme', { kind: 'attempt', id: 'd-2', endpointId: 'ep-1' })
  const missed = await seedChange(db(), 'acme', { kind: 'endpoint', id: 'ep-1', status: 'suspended' })
  const resumed = await open(cookie, { 'last-event-id': seen })
  const fresh = await open(cookie)
  await fresh.next(isStatus)
  expect((await resumed.next((b) => b.event === 'change')).id).toBe(missed)
  const next = await seedChange(db(), 'acme', { kind: 'delivery', id: 'd-3', endpointId: 'ep-1' })
  await resumed.next((b) => b.id === next)
  expect((await fresh.next((b) => b.event === 'change')).id).toBe(next)
  expect(resumed.blocks.filter((b) => b.event === 'change').map((b) => b.id)).toEqual([missed, next])
  resumed.close()
  fresh.close()
})

test('no stream without a session; a stream ends with its session, and outlives the request timeout', async () => {
  const refused = await stack.call('/api/history/stream')
  expect(refused.status).toBe(401)
  expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(JSON.parse(refused.text)).toMatchObject({ extensions: { reason: 'not-signed-in' } })
  expect((await stack.call('/api/history/stream', { method: 'HEAD' })).status).toBe(404)

  const cookie = await stack.signIn()
  const stream = await open(cookie)
  await stream.next(isStatus)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const beats = stream.blocks.filter((b) => b.comment === 'keep-alive').length
  expect(beats).toBeGreaterThanOrEqual(3)
  expect((await stack.call('/api/session', { method: 'DELETE', cookie })).status).toBeLessThan(300)
  await stream.ended
  expect((await open(cookie)).status).toBe(401)
})

test('tabs that go away leave no timer behind: the shared ones stop with the last stream', async () => {
  const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length
  // The fewest timers seen over half a second: a steady count, not one caught with a passing one-off timer
  // (a request's, a retry's) that a loaded machine left running a moment longer.
  const steady = async () => {
    let fewest = timers()
    for (let i = 0; i < 10; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      fewest = Math.min(fewest, timers())
    }
    return fewest
  }
  const cookie = await stack.signIn()
  const idle = await steady()
  const streams = await Promise.all(Array.from({ length: 20 }, () => open(cookie)))
  await Promise.all(streams.map((stream) => stream.next(isStatus)))
  // Status, heartbeat, session check and the account's poll: a few for all 20 streams, none per stream.
  expect(timers() - idle).toBeGreaterThanOrEqual(3)
  expect(timers() - idle).toBeLessThan(10)
  for (const stream of streams) stream.close()
  // And tabs closed while their stream was still being opened.
  await Promise.all(
    Array.from({ length: 5 }, async () => {
      const abort = new AbortController()
      const opening = fetch(`${stack.url}/api/history/stream`, { headers: { cookie }, signal: abort.signal })
      setTimeout(() => abort.abort(), 5)
      await opening.then((answer) => answer.body?.cancel()).catch(() => undefined)
    }),
  )
  expect(await steady()).toBeLessThanOrEqual(idle)
  expect(stack.console.watch.logs.filter((line) => /"level":(50|60)/.test(line))).toEqual([])
})
