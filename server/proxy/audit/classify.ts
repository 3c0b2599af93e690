import { z } from 'zod'
import type { AuditAction } from '../../../contract/console-audit-api.ts'
import type { RouteMatch } from '../route-table.ts'

const Ref = z.object({ id: z.union([z.string(), z.number()]).transform(String) }).optional()
const DeliveryBodySchema = z.object({ webhookEndpoint: Ref, event: Ref })
const CreatedSchema = z.object({ id: z.union([z.string(), z.number()]).transform(String) })
const NamedSchema = z.object({ name: z.string().trim().min(1).max(200) })

function parseJson(buffer: Buffer | null): unknown {
  if (!buffer || buffer.length === 0) return null
  try {
    return JSON.parse(buffer.toString('utf8'))
  } catch {
    return null
  }
}

export interface ClassifiedWrite {
  action: AuditAction
  target: string
  /** The endpoint's name when the request or Lucca's answer gives it; else the trail looks up the last one. */
  targetLabel: string | null
}

/** What an audited write did and to what, from the request and, for creations, Lucca's answer. */
export function classifyWrite(
  match: RouteMatch,
  query: URLSearchParams,
  requestBody: Buffer | null,
  responseBody: Buffer | null,
): ClassifiedWrite | null {
  const action = match.route.audit
  if (!action) return null
  const named = (body: Buffer | null) => {
    const parsed = NamedSchema.safeParse(parseJson(body))
    return parsed.success ? parsed.data.name : null
  }
  const write = classifyTarget(action, match, query, requestBody, responseBody)
  const targetLabel = action.startsWith('endpoint.') ? (named(requestBody) ?? named(responseBody)) : null
  return { ...write, targetLabel }
}

function classifyTarget(
  action: AuditAction,
  match: RouteMatch,
  query: URLSearchParams,
  requestBody: Buffer | null,
  responseBody: Buffer | null,
): { action: AuditAction; target: string } {
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
