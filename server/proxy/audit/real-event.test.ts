// Issue 16, "test with a topic": an admin sends a recent real event of a topic to an endpoint again (Lucca's
// manual redelivery, POST /webhook-deliveries with `event.id`). It carries personal data: admins only, and
// the trail tells it apart from a test, with the event's id and topic.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { AuditPageSchema } from '../../../contract/console-audit-api.ts'
import { DeliveriesPageSchema } from '../../../contract/console-history-api.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'

let stack: InProcessStack
let admin = ''
let viewer = ''
let endpointId = ''
let eventId = ''

beforeAll(async () => {
  // The collector on, quicker than the default 10 a minute, so the event reaches the history within seconds.
  stack = await startStack({
    console: { run: 'in-process' },
    env: { COLLECTOR: 'on', COLLECTOR_BUDGET_PER_MINUTE: '300', LUCCA_BUDGET_PER_MINUTE: '1000' },
  })
  admin = await stack.signIn()
  const added = await stack.call('/api/users', {
    method: 'POST',
    cookie: admin,
    body: { username: 'vera', role: 'viewer' },
  })
  viewer = await stack.signIn('vera', z.object({ password: z.string() }).parse(added.json()).password)
  const seeded = z
    .object({ items: z.array(z.object({ webhookUrl: z.string().optional() })) })
    .parse((await stack.call('/lucca-api/webhook-endpoints', { cookie: admin })).json())
  const receiver = new URL(seeded.items.find((item) => item.webhookUrl)?.webhookUrl ?? '').origin
  const created = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie: admin,
    body: {
      name: 'Payroll sync',
      webhookUrl: `${receiver}/ok/real-event`,
      topics: ['employee.created'],
      status: 'active',
    },
  })
  endpointId = z.object({ id: z.string() }).parse(created.json()).id
  await stack.emulator.emitEvent({ topic: 'employee.created', data: { id: 4242, firstName: 'Camille' } })
  // The event the screen offers is one the console's history already holds (no Lucca call to find it).
  for (let tries = 0; !eventId && tries < 80; tries++) {
    if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 250))
    const page = DeliveriesPageSchema.parse(
      (await stack.call('/api/history/deliveries?topic=employee.created&limit=5', { cookie: admin })).json(),
    )
    eventId = page.items.find((row) => row.resourceId === '4242')?.eventId ?? ''
  }
  expect(eventId).not.toBe('')
}, 40_000)

afterAll(() => stack?.close())

const resend = (cookie: string) =>
  stack.call('/lucca-api/webhook-deliveries', {
    method: 'POST',
    cookie,
    body: { event: { id: eventId }, webhookEndpoint: { id: endpointId } },
  })
const trail = async () =>
  AuditPageSchema.parse((await stack.call('/api/audit?action=delivery.redeliver', { cookie: admin })).json())
    .items

test('a viewer may not send a real event again, and nothing is sent', async () => {
  const refused = await resend(viewer)
  expect(refused.status).toBe(403)
  expect(await trail()).toEqual([])
})

test('an admin sends a real event again; the trail names the event, its topic and the endpoint', async () => {
  const sent = await resend(admin)
  expect([201, 202]).toContain(sent.status)
  const delivery = z.object({ id: z.string(), event: z.object({ id: z.string() }) }).parse(sent.json())
  expect(delivery.event.id).toBe(eventId)
  const [entry, ...others] = await trail()
  expect(others).toEqual([])
  expect(entry).toMatchObject({
    username: 'admin',
    action: 'delivery.redeliver',
    target: `events/${eventId} (employee.created) -> webhook-endpoints/${endpointId}`,
    targetLabel: 'Payroll sync',
    status: sent.status,
  })
})
