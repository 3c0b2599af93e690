import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import {
  addressOf,
  lucca,
  unwrap,
  type WebhookEndpoint,
  type WebhookEndpointCreate,
  type WebhookEndpointPatch,
} from '../../lib/lucca-client'
import { endpointListApi, type EndpointListQuery, type EndpointsPage } from './list/endpoint-list-client'

/** What a write needs of an endpoint: its id, and Lucca's `url` to address it (contract §12 R3). */
export type EndpointRef = Pick<WebhookEndpoint, 'id' | 'url'>
/** What a list row or a dialog shows of an endpoint, whether Lucca or the console's history gave it. */
export interface ListedEndpoint extends EndpointRef {
  name?: string | null | undefined
  webhookUrl: string
  status: string
}
/** The detail keeps the ETag so edits can be sent with `If-Match`. */
export interface EndpointDetail {
  endpoint: WebhookEndpoint
  etag: string | null
}

export const endpointQueries = {
  all: () => ['endpoints'] as const,
  /** Everything read from the console's history: kept fresh by its stream (app/live-updates.tsx). */
  lists: () => [...endpointQueries.all(), 'list'] as const,
  /** One page of the account's endpoints, searched, filtered, sorted and counted by the history. */
  list: (query: EndpointListQuery) =>
    queryOptions({
      queryKey: [...endpointQueries.lists(), query],
      queryFn: () => endpointListApi.page(query),
    }),
  details: () => [...endpointQueries.all(), 'detail'] as const,
  /** By address: the last segment of the endpoint's `url`, which need not be its id (contract §12 R3). */
  detail: (address: string) =>
    queryOptions({
      queryKey: [...endpointQueries.details(), address],
      queryFn: async ({ signal }): Promise<EndpointDetail> => {
        const { data, response } = await unwrap(
          lucca.GET('/lucca-api/webhook-endpoints/{id}', { params: { path: { id: address } }, signal }),
        )
        return { endpoint: data, etag: response.headers.get('ETag') }
      },
    }),
}

/**
 * Creates an endpoint. The secret is handed to `onSecret` and removed from the result, so it never
 * reaches React Query's mutation state or cache (see the secret-modal).
 */
export function useCreateEndpoint(onSecret: (secret: string, endpoint: WebhookEndpoint) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: WebhookEndpointCreate) => {
      const { data, response } = await unwrap(lucca.POST('/lucca-api/webhook-endpoints', { body: input }))
      const { secret, ...endpoint } = data
      onSecret(secret, endpoint)
      return { endpoint, etag: response.headers.get('ETag') } satisfies EndpointDetail
    },
    gcTime: 0,
    onSuccess: (detail) => {
      queryClient.setQueryData(endpointQueries.detail(addressOf(detail.endpoint)).queryKey, detail)
      return queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
    },
  })
}

/** `etag` is sent back exactly as Lucca gave it, quoted or not (contract §12 R5). */
export function useUpdateEndpoint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({
      endpoint,
      etag,
      patch,
    }: {
      endpoint: EndpointRef
      etag?: string | null | undefined
      patch: WebhookEndpointPatch
    }) => {
      const { data, response } = await unwrap(
        lucca.PATCH('/lucca-api/webhook-endpoints/{id}', {
          params: { path: { id: addressOf(endpoint) }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
          body: patch,
        }),
      )
      return { endpoint: data, etag: response.headers.get('ETag') } satisfies EndpointDetail
    },
    onSuccess: (detail) => {
      const { endpoint } = detail
      queryClient.setQueryData(endpointQueries.detail(addressOf(endpoint)).queryKey, detail)
      const { id, name = null, webhookUrl, status, topics } = endpoint
      updateListed(queryClient, (items) =>
        items.map((item) => (item.id === id ? { ...item, name, webhookUrl, status, topics } : item)),
      )
    },
  })
}

export function useDeleteEndpoint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ endpoint, etag }: { endpoint: EndpointRef; etag?: string | null | undefined }) => {
      const address = addressOf(endpoint)
      await unwrap(
        lucca.DELETE('/lucca-api/webhook-endpoints/{id}', {
          params: { path: { id: address }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
        }),
      )
      return { address, id: endpoint.id }
    },
    onSuccess: ({ address, id }) => {
      const { queryKey } = endpointQueries.detail(address)
      // The page showing it is still open: removing the entry now would make it read the deleted endpoint
      // again (a 404, and a call wasted). Marked stale instead, it is dropped once nothing shows it.
      void queryClient.cancelQueries({ queryKey })
      void queryClient.invalidateQueries({ queryKey, refetchType: 'none' })
      queryClient.removeQueries({ queryKey, type: 'inactive' })
      updateListed(queryClient, (items) => items.filter((item) => item.id !== id))
    },
  })
}

/**
 * Lucca's answer to a write is already the truth: the lists show it at once. They are marked stale rather
 * than read again now, since the history may not have caught up yet; the stream's change, or the next visit,
 * reads them again.
 */
function updateListed(
  queryClient: QueryClient,
  change: (items: EndpointsPage['items']) => EndpointsPage['items'],
) {
  queryClient.setQueriesData<EndpointsPage>({ queryKey: endpointQueries.lists() }, (page) => {
    if (!page || !('items' in page)) return page
    const items = change(page.items)
    return { ...page, items, total: page.total - (page.items.length - items.length) }
  })
  void queryClient.invalidateQueries({ queryKey: endpointQueries.lists(), refetchType: 'none' })
}
