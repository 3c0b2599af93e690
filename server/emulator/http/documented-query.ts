import type { FastifyInstance } from 'fastify'
import { validationError } from './problem.ts'

const lists = ['include', 'page', 'limit']

/**
 * Strict mode: the query parameters Lucca documents for each operation, as in contract/openapi.yaml without
 * its `x-emulator-only` ones (`sort`, the delivery filters), plus `page` and `limit` on every list (§3.2).
 * `strict.test.ts` keeps this table equal to the file.
 */
export const documentedQuery: Readonly<Record<string, readonly string[]>> = {
  'GET /lucca-api/webhook-endpoints': [...lists, 'status', 'application.id'],
  'POST /lucca-api/webhook-endpoints': ['include'],
  'GET /lucca-api/webhook-endpoints/{id}': ['include'],
  'PATCH /lucca-api/webhook-endpoints/{id}': ['include'],
  'DELETE /lucca-api/webhook-endpoints/{id}': ['include'],
  'GET /lucca-api/webhook-deliveries': lists,
  'POST /lucca-api/webhook-deliveries': ['include', 'webhookEndpoint.id', 'event.topic'],
  'GET /lucca-api/webhook-deliveries/{id}': ['include'],
  'GET /lucca-api/webhook-delivery-attempts': [...lists, 'webhookDelivery.id'],
  'GET /lucca-api/webhook-delivery-attempts/{id}': ['include'],
  'GET /lucca-api/events': [...lists, 'status'],
  'GET /lucca-api/events/{id}': ['include'],
}

// Lucca's samples filter attempts by one delivery (`links.attempts`); a list of ids is [E] (§6.10).
const singleValued = ['webhookDelivery.id']

/** Strict mode: a 400 naming every query parameter Lucca does not document for the operation called. */
export function refuseUndocumentedQuery(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const method = request.method === 'HEAD' ? 'GET' : request.method
    const path = request.routeOptions.url?.replace(/:[^/]+/g, '{id}')
    const documented = documentedQuery[`${method} ${path}`]
    if (!documented) return
    const query = request.query as Record<string, string | string[] | undefined>
    const errors = new Map<string, string[]>()
    for (const [name, value] of Object.entries(query)) {
      if (!documented.includes(name))
        errors.set(name, [`Lucca documents no ${name.slice(0, 50)} parameter for this operation.`])
      else if (singleValued.includes(name) && typeof value === 'string' && value.includes(','))
        errors.set(name, [`The ${name} parameter takes a single id.`])
    }
    if (errors.size > 0) throw validationError(Object.fromEntries(errors))
  })
}
