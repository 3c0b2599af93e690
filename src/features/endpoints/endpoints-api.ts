import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import {
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
  detail: (id: string) =>
    queryOptions({
      queryKey: [...endpointQueries.details(), id],
      queryFn: async ({ signal }): Promise<EndpointDetail> => {
        const { data, response } = await unwrap(
          lucca.GET('/lucca-api/webhook-endpoints/{id}', { params: { path: { id } }, signal }),
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
      queryClient.setQueryData(endpointQueries.detail(detail.endpoint.id).queryKey, detail)
      return queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
    },
  })
}

export function useUpdateEndpoint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({
      id,
      etag,
      patch,
    }: {
      id: string
      etag?: string | null | undefined
      patch: WebhookEndpointPatch
    }) => {
      const { data, response } = await unwrap(
        lucca.PATCH('/lucca-api/webhook-endpoints/{id}', {
          params: { path: { id }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
          body: patch,
        }),
      )
      return { endpoint: data, etag: response.headers.get('ETag') } satisfies EndpointDetail
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(endpointQueries.detail(detail.endpoint.id).queryKey, detail)
      return queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
    },
  })
}

export function useDeleteEndpoint() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag?: string | null | undefined }) => {
      await unwrap(
        lucca.DELETE('/lucca-api/webhook-endpoints/{id}', {
          params: { path: { id }, ...(etag ? { header: { 'If-Match': etag } } : {}) },
        }),
      )
      return id
    },
    onSuccess: (id) => {
      queryClient.removeQueries({ queryKey: endpointQueries.detail(id).queryKey })
      return queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
    },
  })
}
