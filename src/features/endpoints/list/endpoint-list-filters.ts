import type { WebhookEndpoint, WebhookEndpointStatus } from '../../../lib/lucca-client'

const statuses: readonly WebhookEndpointStatus[] = ['active', 'suspended', 'inactive']

/** The list's view state, kept in the URL so a filtered view can be bookmarked and shared. */
export interface EndpointListView {
  search: string
  status: WebhookEndpointStatus[]
  topic: string | null
  page: string | null
}

export function viewFromParams(params: URLSearchParams): EndpointListView {
  return {
    search: params.get('q') ?? '',
    status: (params.get('status') ?? '')
      .split(',')
      .flatMap((value) => statuses.filter((status) => status === value)),
    topic: params.get('topic') || null,
    page: params.get('page') || null,
  }
}

export function paramsFromView(view: EndpointListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.search) params.set('q', view.search)
  if (view.status.length > 0) params.set('status', view.status.join(','))
  if (view.topic) params.set('topic', view.topic)
  if (view.page) params.set('page', view.page)
  return params
}

/** Search and topic are applied to the loaded page: Lucca has no such filters. Status is filtered by Lucca. */
export function matchesView(endpoint: WebhookEndpoint, view: EndpointListView): boolean {
  const search = view.search.trim().toLowerCase()
  const text = `${endpoint.webhookUrl} ${endpoint.name ?? ''}`.toLowerCase()
  if (search && !text.includes(search)) return false
  if (view.topic && !endpoint.topics.includes(view.topic)) return false
  return true
}
