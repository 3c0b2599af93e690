import { z } from 'zod'
import { nextPollDelay } from '../../src/features/deliveries/follow/follow-schedule.ts'
import { ApiError } from '../../src/lib/api-error.ts'
import { openEventStream } from '../../testing/event-stream.ts'
import { followInTab } from '../../testing/history-tab.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'

export interface AttemptShown {
  client: 'stream' | 'polling'
  /** The delivery's first attempt, or its first retry. */
  attempt: 'first' | 'retry'
  /** The attempt's `createdAt` (when the emulator sent it) → the moment the client had it. */
  ms: number
}

// Lucca's first retry comes after 1 minute; at this scale, after 3 s.
const RETRY_SCALE = 0.05
const DeliverySchema = z.object({
  id: z.string(),
  url: z.string(),
  status: z.enum(['delivered', 'undelivered', 'failed']),
  nextAttemptAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  attemptsCount: z.number(),
})
type Delivery = z.infer<typeof DeliverySchema>
const AttemptsSchema = z.object({
  items: z.array(z.object({ id: z.string(), createdAt: z.string() })),
  embedded: z.object({ 'webhook-delivery': z.record(z.string(), DeliverySchema).nullish() }).nullish(),
})
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Notes each attempt the first time a client has it. */
function shownBy(client: AttemptShown['client'], into: AttemptShown[]) {
  const seen = new Set<string>()
  return (attempts: { id: string; createdAt: string }[], at: number) => {
    for (const [index, attempt] of attempts.entries()) {
      if (seen.has(attempt.id) || index > 1) continue
      seen.add(attempt.id)
      into.push({ client, attempt: index === 0 ? 'first' : 'retry', ms: at - Date.parse(attempt.createdAt) })
    }
    return seen.size
  }
}

/**
 * Today's follow, as useLiveDelivery does it: a look at once, then one every `nextPollDelay`, each the
 * attempts list with the delivery embedded, through the proxy to Lucca.
 */
async function poll(
  stack: ProcessStack,
  cookie: string,
  sent: Delivery,
  wanted: number,
  into: AttemptShown[],
) {
  const shown = shownBy('polling', into)
  let delivery = sent
  let error: unknown
  for (let looks = 0; ; looks += 1) {
    const delay = looks === 0 ? 0 : nextPollDelay(delivery, Date.now(), error, looks)
    if (delay === false) return
    await pause(delay)
    const answer = await stack.call(
      `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${encodeURIComponent(delivery.id)}&include=embedded&limit=100`,
      { cookie },
    )
    if (answer.status !== 200) {
      const retryAfter = Number(answer.headers.get('retry-after') ?? Number.NaN)
      error = new ApiError(answer.status, answer.text, {}, null, Number.isNaN(retryAfter) ? null : retryAfter)
      continue
    }
    error = undefined
    const page = AttemptsSchema.parse(answer.json())
    if (shown(page.items, Date.now()) >= wanted) return
    delivery = page.embedded?.['webhook-delivery']?.[delivery.id] ?? delivery
  }
}

/**
 * Attempt → shown, both ways in one run: each round (two run at a time) sends four test deliveries through the console at
 * once, to a receiver that answers (one attempt) and to one that fails (its first attempt and first retry
 * are timed), one of each followed by a tab on the stream (follow + SSE + the history's detail) and by a tab
 * polling as today. The polled deliveries' reads are written through to the history too, but only their own:
 * no tab learns of its delivery from the other's calls.
 */
export async function measureLatency(databaseUrl: string, rounds: number): Promise<AttemptShown[]> {
  // The console's budget lifted and the emulator's rate limit off: the figures are the schedules', not 429s.
  const stack = await startStack({
    lucca: { emulator: 'in-process', options: { retryScale: RETRY_SCALE, suspendAfter: 1_000_000 } },
    unthrottled: true,
    env: { COLLECTOR: 'on', DATABASE_URL: databaseUrl },
  })
  try {
    const cookie = await stack.signIn()
    const endpointOn = async (path: string) => {
      const created = await stack.call('/lucca-api/webhook-endpoints', {
        method: 'POST',
        cookie,
        body: { webhookUrl: `${stack.receiverUrl}${path}`, topics: ['employee.created'], status: 'active' },
      })
      if (created.status !== 201) throw new Error(`creating an endpoint answered ${created.status}`)
      return DeliverySchema.pick({ id: true }).parse(created.json()).id
    }
    const targets = [
      { endpoint: await endpointOn('/ok/latency'), attempts: 1 },
      { endpoint: await endpointOn('/fail/503/latency'), attempts: 2 },
    ]
    const send = async (endpoint: string) => {
      const sent = await stack.call('/lucca-api/webhook-deliveries', {
        method: 'POST',
        cookie,
        body: { webhookEndpoint: { id: endpoint } },
      })
      if (sent.status >= 300) throw new Error(`a test delivery answered ${sent.status}`)
      return DeliverySchema.parse(sent.json())
    }
    const stream = await openEventStream(`${stack.url}/api/history/stream`, { cookie })
    const shown: AttemptShown[] = []
    try {
      const round = () =>
        Promise.all(
          targets.flatMap(({ endpoint, attempts }) => [
            send(endpoint).then((delivery) => {
              const seen = shownBy('stream', shown)
              return followInTab({
                call: stack.call,
                cookie,
                stream,
                delivery,
                done: (detail) => detail.attempts.length >= attempts,
                onRead: (detail, at) => void seen(detail.attempts, at),
              })
            }),
            send(endpoint).then((delivery) => poll(stack, cookie, delivery, attempts, shown)),
          ]),
        )
      // Two rounds at a time, so that the run stays short: at most eight deliveries followed at once.
      let left = rounds
      const lane = async () => {
        while (left > 0) {
          left -= 1
          await round()
        }
      }
      await Promise.all([lane(), lane()])
    } finally {
      stream.close()
    }
    return shown
  } finally {
    await stack.close()
  }
}
