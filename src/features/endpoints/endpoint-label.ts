import type { WebhookEndpoint } from '../../lib/lucca-client'

/** How an endpoint is named to the admin: its name when it has one, else its URL. */
export function endpointLabel(endpoint: Pick<WebhookEndpoint, 'name' | 'webhookUrl'>) {
  return endpoint.name?.trim() ? endpoint.name : endpoint.webhookUrl
}
