import type { Clock } from '../clock.ts'
import type { Settings } from '../options.ts'
import type { DeliveryRecord, EndpointRecord, EventRecord } from '../store/records.ts'
import type { Store } from '../store/store.ts'
import { deliveryBody } from './body.ts'
import type { HttpClient } from './http-client.ts'
import type { Outbox } from './outbox.ts'
import { luccaTimestamp, signLucca } from './signature.ts'

interface AttemptDeps {
  store: Store
  clock: Clock
  http: HttpClient
  outbox: Outbox
  settings: Pick<Settings, 'ceSpecVersion'>
}

/** One signed POST of an event (lucca-api.md §7.3–§7.4), recorded as an attempt and in the outbox. */
export async function sendEvent(
  deps: AttemptDeps,
  delivery: DeliveryRecord,
  endpoint: EndpointRecord,
  event: EventRecord,
): Promise<{ status: number | null; isSuccessful: boolean }> {
  const attempts = deps.store.attemptsOf(delivery.id)
  const { body, contentType } = deliveryBody(event, endpoint, delivery, attempts, deps.settings.ceSpecVersion)
  // Each attempt gets a fresh timestamp and signature; the body stays the same.
  const sentAt = deps.clock.now()
  const timestamp = luccaTimestamp(sentAt)
  const signature = signLucca(endpoint.secret, timestamp, body)
  const headers = {
    'content-type': contentType,
    'lucca-timestamp': timestamp,
    'lucca-signature': signature,
    'user-agent': 'Lucca-Webhooks-Emulator/1.0',
    accept: '*/*',
  }
  const result = await deps.http.send('POST', endpoint.webhookUrl, headers, body)
  const isSuccessful = result.status !== null && result.status >= 200 && result.status < 300
  deps.outbox.add({
    at: new Date(sentAt).toISOString(),
    kind: 'delivery',
    method: 'POST',
    url: endpoint.webhookUrl,
    headers,
    body,
    responseStatusCode: result.status,
    error: result.error,
    deliveryId: delivery.id,
  })
  recordAttempt(deps.store, delivery, {
    sentAt,
    signature,
    isSuccessful,
    status: result.status,
    errorBody: result.error ?? result.body,
  })
  return { status: result.status, isSuccessful }
}

export function recordAttempt(
  store: Store,
  delivery: DeliveryRecord,
  attempt: {
    sentAt: number
    signature: string
    isSuccessful: boolean
    status: number | null
    errorBody: string
  },
): void {
  const id = store.nextAttemptId()
  store.attempts.set(id, {
    id,
    deliveryId: delivery.id,
    signature: attempt.signature,
    isSuccessful: attempt.isSuccessful,
    responseStatusCode: attempt.status,
    // lucca-api.md §5.3 [E]: "" on success, the receiver's body (or a diagnostic) cut at 4096 chars on
    // failure.
    errorResponseBody: attempt.isSuccessful ? '' : attempt.errorBody.slice(0, 4096),
    createdAt: new Date(attempt.sentAt).toISOString(),
  })
  delivery.attemptsCount += 1
}
