import { createHash } from 'node:crypto'
import type { EmulatorContext } from './context.ts'
import { deliveryBody } from './delivery/body.ts'
import { retryDelays } from './delivery/engine.ts'
import { luccaTimestamp, signLucca } from './delivery/signature.ts'
import { uuidFrom } from './representations.ts'
import type { DeliveryRecord, EndpointRecord, EventRecord } from './store/records.ts'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour

interface DemoEndpoint {
  name: string
  path: string
  status: EndpointRecord['status']
  topics: string[]
  contentType?: EndpointRecord['contentType']
}

// One endpoint per state a newcomer should see (README issue 3, demo data).
const demoEndpoints: DemoEndpoint[] = [
  {
    name: 'Payroll sync',
    path: '/ok/payroll',
    status: 'active',
    topics: ['employee.created', 'employee.updated'],
  },
  {
    name: 'HR data warehouse',
    path: '/fail/500/warehouse',
    status: 'active',
    topics: ['employee.updated', 'leave.created'],
    contentType: 'cloudEvents',
  },
  { name: 'Legacy intranet', path: '/fail/404/intranet', status: 'suspended', topics: ['employee.created'] },
  { name: 'Leave calendar (paused)', path: '/ok/calendar', status: 'inactive', topics: ['leave.created'] },
]

/**
 * Demo data with fixed ids, built directly on the store (no network), with a history whose attempts carry
 * real signatures. Failing deliveries keep a future `nextAttemptAt`, so the account goes on living.
 */
export function seedDemoData(ctx: EmulatorContext, source: string): void {
  const receiver = (ctx.settings.demoReceiverUrl ?? 'https://127.0.0.1:4443').replace(/\/+$/, '')
  const now = ctx.clock.now()
  const [payroll, warehouse, intranet] = demoEndpoints.map((demo) =>
    addEndpoint(ctx, demo, receiver, now - 7 * day),
  )
  if (!payroll || !warehouse || !intranet) return
  const employee = (id: string, givenName: string, familyName: string) => ({
    id,
    type: 'employee',
    url: `${source}/lucca-api/employees/${id}`,
    givenName,
    familyName,
  })
  const hired = addEvent(
    ctx,
    source,
    'employee.created',
    employee('416', 'Edward', 'Atkinson'),
    now - 3 * day,
  )
  addDelivery(ctx, hired, payroll, [202], now - 3 * day)
  addDelivery(ctx, hired, intranet, [404], now - 3 * day)
  const renamed = addEvent(
    ctx,
    source,
    'employee.updated',
    employee('416', 'Edward', 'Atkinson-Hale'),
    now - 2 * day,
    {
      familyName: 'Atkinson',
    },
  )
  addDelivery(ctx, renamed, payroll, [503, 202], now - 2 * day)
  addDelivery(ctx, renamed, warehouse, [500, 500, 500, 500, 500], now - 2 * day)
  const leave = addEvent(
    ctx,
    source,
    'leave.created',
    { id: '9001', type: 'leave', ownerId: '416' },
    now - 80 * minute,
  )
  addDelivery(ctx, leave, warehouse, [500, 500], now - 80 * minute)
  const hiredToo = addEvent(
    ctx,
    source,
    'employee.created',
    employee('417', 'Ada', 'Byron'),
    now - 30 * minute,
  )
  addDelivery(ctx, hiredToo, payroll, [202], now - 30 * minute)
  addDelivery(ctx, hiredToo, intranet, [], now - 30 * minute)
  ctx.store.changed()
  ctx.engine.resumeAll()
}

function addEndpoint(ctx: EmulatorContext, demo: DemoEndpoint, receiver: string, at: number): EndpointRecord {
  const id = ctx.store.nextId('endpoint')
  const createdAt = new Date(at).toISOString()
  const endpoint: EndpointRecord = {
    id,
    name: demo.name,
    apiVersion: ctx.settings.variant.apiVersions[0],
    webhookUrl: `${receiver}${demo.path}`,
    topics: demo.topics,
    businessEstablishments: null,
    status: demo.status,
    contentType: demo.contentType ?? 'default',
    // Fixed, so a restart or a reseed gives the same demo account; never used outside the emulator.
    secret: createHash('sha256').update(`demo-secret-${id}`).digest('base64url').padEnd(64, 'A').slice(0, 64),
    applicationId: ctx.settings.clients[0]?.applicationId ?? ctx.settings.clients[0]?.id ?? 'console-dev',
    createdAt,
    lastUpdatedAt: createdAt,
    consecutiveFailures: demo.status === 'active' && demo.path.startsWith('/fail') ? 7 : 0,
  }
  ctx.store.endpoints.set(id, endpoint)
  return endpoint
}

function addEvent(
  ctx: EmulatorContext,
  source: string,
  topic: string,
  data: Record<string, unknown>,
  at: number,
  previousAttributes?: Record<string, unknown>,
): EventRecord {
  const id = ctx.store.nextId('event')
  const occurredAt = new Date(at).toISOString()
  const event: EventRecord = {
    id,
    apiVersion: ctx.settings.variant.apiVersions[0],
    topic,
    occurredAt,
    source,
    data,
    businessEstablishment: null,
    ...(previousAttributes ? { previousAttributes } : {}),
    recordedAt: occurredAt,
  }
  ctx.store.events.set(id, event)
  return event
}

/** A delivery with one attempt per answered status, spaced as the retry schedule would space them. */
function addDelivery(
  ctx: EmulatorContext,
  event: EventRecord,
  endpoint: EndpointRecord,
  answers: number[],
  at: number,
) {
  const { variant } = ctx.settings
  const delivery: DeliveryRecord = {
    id: variant.deliveryId(
      ctx.store.nextSequence('delivery'),
      uuidFrom(`seed-delivery-${event.id}-${endpoint.id}`),
    ),
    eventId: event.id,
    endpointId: endpoint.id,
    status: 'undelivered',
    attemptsCount: 0,
    nextAttemptAt: null,
    kind: 'event',
    createdAt: new Date(at).toISOString(),
  }
  ctx.store.deliveries.set(delivery.id, delivery)
  let time = at + 300
  for (const [index, status] of answers.entries()) {
    const { body } = deliveryBody(
      event,
      endpoint,
      delivery,
      ctx.store.attemptsOf(delivery.id),
      ctx.settings.ceSpecVersion,
    )
    const timestamp = luccaTimestamp(time)
    const ok = status >= 200 && status < 300
    const attemptId = ctx.store.nextAttemptId()
    ctx.store.attempts.set(attemptId, {
      id: attemptId,
      deliveryId: delivery.id,
      signature: signLucca(endpoint.secret, timestamp, body),
      isSuccessful: ok,
      responseStatusCode: status,
      errorResponseBody: ok ? '' : `receiver configured to fail with ${status}`,
      createdAt: new Date(time).toISOString(),
    })
    delivery.attemptsCount += 1
    time += (retryDelays[index] ?? 0) * ctx.settings.retryScale
  }
  const last = answers.at(-1)
  if (last !== undefined && last >= 200 && last < 300) {
    delivery.status = 'delivered'
    const lastAttempt = ctx.store.attemptsOf(delivery.id).at(-1)
    delivery.nextAttemptAt = variant.deliveredNextAttemptAt(
      lastAttempt?.createdAt ?? null,
      delivery.attemptsCount,
    )
  } else if (last === 404 || last === 410 || answers.length >= 5) delivery.status = 'failed'
  else if (endpoint.status === 'active') delivery.nextAttemptAt = new Date(time).toISOString()
}
