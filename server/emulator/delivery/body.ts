import { eventView, cloudEventView } from '../representations.ts'
import type { AttemptRecord, DeliveryRecord, EndpointRecord, EventRecord } from '../store/records.ts'

const withLinks = new Set(['links'] as const)

/** lucca-api.md §7.3 [E]: the exact bytes POSTed (and signed) for one attempt. */
export function deliveryBody(
  event: EventRecord,
  endpoint: EndpointRecord,
  delivery: DeliveryRecord,
  attempts: AttemptRecord[],
  ceSpecVersion: string,
): { body: string; contentType: string } {
  if (endpoint.contentType === 'cloudEvents') {
    const cloudEvent = {
      ...cloudEventView(ceSpecVersion, event, { record: delivery, endpoint, attempts }),
      datacontenttype: 'application/json',
      data: event.data,
    }
    return { body: JSON.stringify(cloudEvent), contentType: 'application/cloudevents+json; charset=utf-8' }
  }
  return { body: JSON.stringify(eventView(event.source, event, withLinks)), contentType: 'application/json' }
}
