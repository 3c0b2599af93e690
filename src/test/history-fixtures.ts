import type { EndpointHealth, EndpointSummary } from '../../contract/console-history-api'

// What the console's history answers, for the SPA's unit tests: typed by the contract, each taking the
// fields a test cares about.

const quietHealth: EndpointHealth = {
  state: 'quiet',
  delivered: 0,
  failed: 0,
  retrying: 0,
  successRate: null,
  lastDeliveryAt: null,
  lastFailureAt: null,
  lastFailureCode: null,
}

/** An endpoint as the history's list gives it: `url` ends with `ep-<id>` unless given, quiet unless given. */
export function anEndpointSummary(fields: Partial<EndpointSummary> & { id: string }): EndpointSummary {
  return {
    url: `http://localhost/lucca-api/webhook-endpoints/ep-${fields.id}`,
    name: `Receiver ${fields.id}`,
    webhookUrl: `https://hooks${fields.id}.example.com/in`,
    status: 'active',
    topics: ['employee.created'],
    createdAt: '2026-01-01T00:00:00Z',
    origin: 'console',
    description: null,
    ownerName: null,
    health: quietHealth,
    ...fields,
  }
}
