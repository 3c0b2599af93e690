import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import {
  addressOf,
  cursorOf,
  lucca,
  unwrap,
  type WebhookEndpoint,
  type WebhookEndpointCreate,
  type WebhookEndpointPatch,
  type WebhookEndpointStatus,
} from '../../lib/lucca-client'

export interface EndpointListFilters {
  status: WebhookEndpointStatus[]
  /** Opaque Lucca cursor, from the previous page's links. */
  page: string | null
}
export interface EndpointPage {
  items: WebhookEndpoint[]
  next: string | null
  prev: string | null
}
/** The detail keeps the ETag so edits can be sent with `If-Match`. */
export interface EndpointDetail {
  endpoint: WebhookEndpoint
  etag: string | null
}

const pageSize = 25

export const endpointQueries = {
  all: () => ['endpoints'] as const,
  lists: () => [...endpointQueries.all(), 'list'] as const,
  list: (filters: EndpointListFilters) =>
    queryOptions({
      queryKey: [...endpointQueries.lists(), filters],
      queryFn: async ({ signal }): Promise<EndpointPage> => {
        const { data } = await unwrap(
          lucca.GET('/lucca-api/webhook-endpoints', {
            params: {
              query: {
                include: ['links'],
                limit: pageSize,
                ...(filters.status.length > 0 ? { status: filters.status } : {}),
                ...(filters.page ? { page: filters.page } : {}),
              },
            },
            signal,
          }),
        )
        return { items: data.items, next: cursorOf(data.links?.next), prev: cursorOf(data.links?.prev) }
      },
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
      endpoint: WebhookEndpoint
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
      queryClient.setQueryData(endpointQueries.detail(addressOf(detail.endpoint)).queryKey, detail)
      return queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
    },
  })
}

export function useDeleteEndpoint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({
      endpoint,
      etag,
    }: {
      endpoint: WebhookEndpoint
      etag?: string | null | undefined
    }) => {
      const address = addressOf(endpoint)
      await unwrap(
        lucca.DELETE('/lucca-api/webhook-endpoints/{id}', {
          params: { path: { id: address }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
        }),
      )
      return address
    },
    onSuccess: (address) => {
      const { queryKey } = endpointQueries.detail(address)
      // The page showing it is still open: removing the entry now would make it read the deleted endpoint
      // again (a 404, and a call wasted). Marked stale instead, it is dropped once nothing shows it.
      void queryClient.cancelQueries({ queryKey })
      void queryClient.invalidateQueries({ queryKey, refetchType: 'none' })
      queryClient.removeQueries({ queryKey, type: 'inactive' })
      return queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
    },
  })
}
