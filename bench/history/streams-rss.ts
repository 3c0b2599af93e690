import { z } from 'zod'
import { openEventStream, type EventStream } from '../../testing/event-stream.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'
import { rssOf } from '../lib/rss.ts'
import { median } from '../lib/stats.ts'

export interface StreamsMemory {
  streams: number
  sessions: number
  /** Changes every stream received before the second reading. */
  changesEach: number
  idle: { rss: number; liveHeap: number }
  open: { rss: number; liveHeap: number }
}

const Created = z.object({ id: z.string() })
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** After a full collection (the live heap), so both readings start from a heap V8 has just trimmed. */
async function memoryOf(stack: ProcessStack) {
  const liveHeap = await stack.console.liveHeap()
  const samples: number[] = []
  for (let sample = 0; sample < 3; sample += 1) {
    await pause(500)
    samples.push(await rssOf(stack.console.child.pid))
  }
  return { rss: median(samples), liveHeap }
}

/**
 * The console process on PostgreSQL (main.ts, budget lifted so its heap can be read after a full collection) with the
 * collector on, idle and signed in, then with `streams` open `GET /api/history/stream` answers spread over
 * `sessions` sessions, once each stream has its status and a few changes (test deliveries, written through).
 */
export async function measureStreamsMemory(
  databaseUrl: string,
  streams: number,
  sessions = 10,
): Promise<StreamsMemory> {
  // On PostgreSQL, so the process holds the console alone: the embedded engine would add its own hundreds of
  // MiB (and its first start's peak) to both readings.
  const stack = await startStack({
    lucca: { emulator: 'in-process' },
    unthrottled: true,
    env: { COLLECTOR: 'on', DATABASE_URL: databaseUrl },
  })
  const open: EventStream[] = []
  try {
    const cookies = await Promise.all(Array.from({ length: sessions }, () => stack.signIn()))
    const admin = cookies[0] ?? ''
    const created = await stack.call('/lucca-api/webhook-endpoints', {
      method: 'POST',
      cookie: admin,
      body: { webhookUrl: `${stack.receiverUrl}/ok/rss`, topics: ['employee.created'], status: 'active' },
    })
    if (created.status !== 201) throw new Error(`creating the endpoint answered ${created.status}`)
    const endpoint = Created.parse(created.json()).id
    const sendTest = async () => {
      const sent = await stack.call('/lucca-api/webhook-deliveries', {
        method: 'POST',
        cookie: admin,
        body: { webhookEndpoint: { id: endpoint } },
      })
      if (sent.status >= 300) throw new Error(`the test delivery answered ${sent.status}`)
    }
    // Every code path a stream will use has run once before the idle reading.
    const warm = await openEventStream(`${stack.url}/api/history/stream`, { cookie: admin })
    await sendTest()
    await warm.next((block) => block.event === 'change', 30_000)
    warm.close()
    await pause(2_000)
    const idle = await memoryOf(stack)

    for (let from = 0; from < streams; from += 50) {
      const batch = Array.from({ length: Math.min(50, streams - from) }, (_, index) =>
        openEventStream(`${stack.url}/api/history/stream`, {
          cookie: cookies[(from + index) % sessions] ?? admin,
        }),
      )
      open.push(...(await Promise.all(batch)))
    }
    const refused = open.filter((stream) => stream.status !== 200).length
    if (refused > 0) throw new Error(`${refused} of ${streams} streams were refused`)
    await Promise.all(open.map((stream) => stream.next((block) => block.event === 'status', 60_000)))
    const changesEach = 3
    for (let sent = 0; sent < changesEach; sent += 1) await sendTest()
    const changes = (stream: EventStream) => stream.blocks.filter((block) => block.event === 'change').length
    await Promise.all(open.map((stream) => stream.next(() => changes(stream) >= changesEach, 60_000)))
    return { streams, sessions, changesEach, idle, open: await memoryOf(stack) }
  } finally {
    for (const stream of open) stream.close()
    await stack.close()
  }
}
