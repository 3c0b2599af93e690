import { z } from 'zod'
import { HistoryChangeSchema } from '../contract/console-history-api.ts'
import type { Call } from './console-call.ts'
import type { EventStream } from './event-stream.ts'

const DetailSchema = z.object({
  delivery: z.object({ id: z.string(), status: z.string(), attemptsCount: z.number() }),
  attempts: z.array(z.object({ id: z.string(), createdAt: z.string() })),
})
export type FollowedDetail = z.infer<typeof DetailSchema>

const isFinalDetail = (detail: FollowedDetail) =>
  detail.delivery.status === 'delivered' || detail.delivery.status === 'failed'

interface TabFollow {
  call: Call
  cookie: string
  /** The tab's `GET /api/history/stream`, opened before the delivery was sent. */
  stream: EventStream
  delivery: { id: string; url: string }
  /** When the tab stops following; by default once the delivery is final. */
  done?: (detail: FollowedDetail) => boolean
  /** Each read of the delivery, with the moment it came back (Date.now()). */
  onRead?: (detail: FollowedDetail, at: number) => void
  renewEveryMs?: number
  timeoutMs?: number
}

/**
 * What a tab does with a delivery it follows through the console's history: `POST /api/history/follows`
 * (renewed while it watches), then `GET /api/history/deliveries/:id` once, and again on every `change` event
 * for that delivery, until `done`. It never calls /lucca-api. Answers the last read.
 */
export async function followInTab(tab: TabFollow): Promise<FollowedDetail> {
  const { call, cookie, stream, delivery } = tab
  const done = tab.done ?? isFinalDetail
  const follow = async () => {
    const answer = await call('/api/history/follows', { method: 'POST', cookie, body: delivery })
    if (answer.status !== 204) throw new Error(`follow answered ${answer.status}: ${answer.text}`)
  }
  const read = async () => {
    const answer = await call(`/api/history/deliveries/${encodeURIComponent(delivery.id)}`, { cookie })
    if (answer.status !== 200) throw new Error(`the detail answered ${answer.status}: ${answer.text}`)
    const detail = DetailSchema.parse(answer.json())
    tab.onRead?.(detail, Date.now())
    return detail
  }
  await follow()
  const renewal = setInterval(() => void follow().catch(() => undefined), tab.renewEveryMs ?? 60_000)
  try {
    let last = -1n
    let detail = await read()
    const deadline = Date.now() + (tab.timeoutMs ?? 60_000)
    while (!done(detail)) {
      const block = await stream.next(
        (candidate) => {
          if (candidate.event !== 'change' || candidate.data === undefined) return false
          const change = HistoryChangeSchema.parse(JSON.parse(candidate.data))
          return change.id === delivery.id && BigInt(change.seq) > last
        },
        Math.max(1, deadline - Date.now()),
      )
      last = BigInt(block.id ?? '0')
      detail = await read()
    }
    return detail
  } finally {
    clearInterval(renewal)
  }
}
