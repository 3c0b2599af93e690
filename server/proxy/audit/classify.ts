import { z } from 'zod'
import type { AuditAction } from '../../../contract/console-api.ts'
import type { RouteMatch } from '../route-table.ts'

const Ref = z.object({ id: z.union([z.string(), z.number()]).transform(String) }).optional()
const DeliveryBodySchema = z.object({ webhookEndpoint: Ref, event: Ref })
const CreatedSchema = z.object({ id: z.union([z.string(), z.number()]).transform(String) })

function parseJson(buffer: Buffer | null): unknown {
  if (!buffer || buffer.length === 0) return null
  try {
    return JSON.parse(buffer.toString('utf8'))
  } catch {
    return null
  }
}

/** What an audited write did and to what, from the request and, for creations, Lucca's answer. */
export function classifyWrite(
  match: RouteMatch,
  query: URLSearchParams,
  requestBody: Buffer | null,
  responseBody: Buffer | null,
): { action: AuditAction; target: string } | null {
  const action = match.route.audit
  if (!action) return null
  if (action === 'endpoint.create') {
    const created = CreatedSchema.safeParse(parseJson(responseBody))
    return { action, target: created.success ? `webhook-endpoints/${created.data.id}` : 'webhook-endpoints' }
  }
  if (action === 'delivery.test') {
    const body = DeliveryBodySchema.safeParse(parseJson(requestBody))
    const endpointId = body.success ? body.data.webhookEndpoint?.id : undefined
    const eventId = body.success ? body.data.event?.id : undefined
    const endpoint = `webhook-endpoints/${endpointId ?? query.get('webhookEndpoint.id') ?? '?'}`
    return eventId
      ? { action: 'delivery.redeliver', target: `events/${eventId} -> ${endpoint}` }
      : { action, target: endpoint }
  }
  return { action, target: `webhook-endpoints/${match.id ?? '?'}` }
}
