// Issue 14, "Stream": 5 tabs following one test delivery cost the same Lucca calls as 1 tab. Two deliveries
// sent together through the console, one watched by 1 tab and one by 5, each receiver failing twice and then
// answering; the tabs do what the SPA does with the history (stream, follow, read the detail on each change)
// and the tap counts what reached Lucca for each delivery. Sent side by side, the two meet the same timing,
// so a loaded machine moves both counts alike.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { openEventStream, type EventStream } from '../../testing/event-stream.ts'
import { eventually } from '../../testing/eventually.ts'
import { followInTab } from '../../testing/history-tab.ts'
import { startStack, tapOf, type InProcessStack } from '../../testing/stack.ts'

let stack: InProcessStack
const streams: EventStream[] = []

beforeAll(async () => {
  stack = await startStack({
    console: { run: 'in-process' },
    // Retries after 1.2 s and 12 s instead of 1 and 10 minutes: several looks, a test that takes seconds.
    lucca: { emulator: 'in-process', options: { retryScale: 0.02 }, tap: {} },
    env: { COLLECTOR: 'on' },
  })
})
afterAll(async () => {
  for (const stream of streams) stream.close()
  await stack?.close()
})

const Created = z.object({ id: z.string(), url: z.string() })

async function endpointOn(cookie: string, path: string) {
  const created = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: { webhookUrl: `${stack.receiverUrl}${path}`, topics: ['employee.created'], status: 'active' },
  })
  expect(created.status, created.text).toBe(201)
  return Created.parse(created.json()).id
}

/** The calls that reached Lucca for one delivery: its own URL, and its attempts list. */
function luccaCallsFor(deliveryId: string) {
  return tapOf(stack)
    .requests('/lucca-api/')
    .filter((request) => {
      const url = new URL(request.url, 'http://tap.invalid')
      if (url.pathname === `/lucca-api/webhook-deliveries/${encodeURIComponent(deliveryId)}`) return true
      return (
        url.pathname === '/lucca-api/webhook-delivery-attempts' &&
        url.searchParams.getAll('webhookDelivery.id').includes(deliveryId)
      )
    })
    .map((request) => `${request.method} ${request.url}`)
}

/** One delivery's tabs, each signed in on its own with its stream open. */
async function watchers(count: number) {
  const tabs = []
  for (let tab = 0; tab < count; tab += 1) {
    const cookie = await stack.signIn()
    const stream = await openEventStream(`${stack.url}/api/history/stream`, { cookie })
    streams.push(stream)
    tabs.push({ cookie, stream })
  }
  return tabs
}

test(
  '5 tabs following one test delivery cost the same Lucca calls as 1 tab',
  { timeout: 180_000 },
  async () => {
    const admin = await stack.signIn()
    const prepared = []
    for (const count of [1, 5]) {
      const switchName = `stream-cost-${count}`
      const endpoint = await endpointOn(admin, `/switch/${switchName}`)
      await stack.receiver.setSwitch(switchName, 503)
      // Every tab has its stream open before the test is sent, as an open console page has.
      prepared.push({ switchName, endpoint, tabs: await watchers(count) })
    }
    // Sent back to back, so both deliveries meet the same moments of the collector's loop.
    const groups = []
    for (const group of prepared) {
      const sent = await stack.call('/lucca-api/webhook-deliveries', {
        method: 'POST',
        cookie: admin,
        body: { webhookEndpoint: { id: group.endpoint } },
      })
      expect(sent.status, sent.text).toBeLessThan(300)
      groups.push({ ...group, delivery: Created.parse(sent.json()) })
    }
    // Two failures each (the first attempt and the retry 1.2 s later), then the receivers answer: the third
    // attempt, 12 s on, delivers.
    const switchAfterTwoFailures = (async () => {
      for (const { switchName } of groups) {
        await eventually(async () => {
          const received = await stack.receiver.requests(`/switch/${switchName}`)
          expect(received.filter((request) => request.method === 'POST').length).toBeGreaterThanOrEqual(2)
        }, 60_000)
        await stack.receiver.setSwitch(switchName, 202)
      }
    })()

    const seen = await Promise.all(
      groups.flatMap(({ tabs, delivery }) =>
        tabs.map(({ cookie, stream }) =>
          followInTab({
            call: stack.call,
            cookie,
            stream,
            delivery,
            renewEveryMs: 10_000,
            timeoutMs: 150_000,
          }),
        ),
      ),
    )
    await switchAfterTwoFailures

    // Every tab saw the final state: delivered on the third attempt.
    expect(seen).toHaveLength(6)
    for (const detail of seen) {
      expect(detail.delivery.status).toBe('delivered')
      expect(detail.attempts).toHaveLength(3)
    }
    // The collector stops following once it has read the final state; from then on the counts stay put.
    await eventually(async () => {
      const followed = await stack.console.database
        .selectFrom('followed_deliveries')
        .select('delivery_id')
        .execute()
      expect(followed).toEqual([])
    }, 60_000)
    const [one = [], five = []] = groups.map(({ delivery }) => luccaCallsFor(delivery.id))
    console.info(`Lucca calls for the followed delivery: 1 tab ${one.length}, 5 tabs ${five.length}`)
    const both = `1 tab:\n${one.join('\n')}\n5 tabs:\n${five.join('\n')}`
    expect(one.length, both).toBeGreaterThan(1)
    // Five tabs cost no more than one. One more at most: a look can fall in the milliseconds between the two
    // deliveries' attempts and see one of them an attempt before the other. Fewer is no extra cost: on a
    // loaded machine the collector's looks fall differently against each delivery's retries (seen: 6 and 4).
    expect(five.length - one.length, both).toBeLessThanOrEqual(1)
  },
)
