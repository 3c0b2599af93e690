/** How an endpoint is named to the admin: its name when it has one, else its URL. */
export function endpointLabel(endpoint: { name?: string | null | undefined; webhookUrl: string }) {
  return endpoint.name?.trim() ? endpoint.name : endpoint.webhookUrl
}
