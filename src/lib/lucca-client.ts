import createClient from 'openapi-fetch'
import type { components, paths } from '../../contract/lucca-api'
import { toApiError } from './api-error'
import { send } from './http'

export type WebhookEndpoint = components['schemas']['WebhookEndpoint']
export type WebhookEndpointCreate = components['schemas']['WebhookEndpointCreate']
export type WebhookEndpointPatch = components['schemas']['WebhookEndpointPatch']
export type WebhookEndpointStatus = components['schemas']['WebhookEndpointStatus']
export type WebhookDelivery = components['schemas']['WebhookDelivery']
export type WebhookDeliveryAttempt = components['schemas']['WebhookDeliveryAttempt']
export type LuccaEvent = components['schemas']['Event']

// The proxy adds `Api-Version` (and credentials); the browser never sends it, so the generated
// operations are re-typed with that header removed and the other headers left optional.
type BrowserOperation<Operation> = Operation extends { parameters: infer Params }
  ? Omit<Operation, 'parameters'> & {
      parameters: Omit<Params, 'header'> & {
        header?: Omit<NonNullable<Params extends { header?: infer H } ? H : never>, 'Api-Version'>
      }
    }
  : Operation
type BrowserPaths = {
  [Path in keyof paths]: {
    [Method in keyof paths[Path]]: Method extends 'parameters'
      ? Omit<paths[Path][Method], 'header'>
      : BrowserOperation<paths[Path][Method]>
  }
}

export const lucca = createClient<BrowserPaths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: send,
  // Lucca lists are comma-separated (`status=active,suspended`, `include=links,totalCount`).
  querySerializer: { array: { style: 'form', explode: false } },
})

interface FetchResult<T> {
  data?: T
  error?: unknown
  response: Response
}

/** Unwraps an openapi-fetch result: the data, or an ApiError built from the problem+json body. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call
  if (!response.ok) throw toApiError(response, error)
  return { data: data as T, response }
}

/** Lucca cursors are opaque: we only carry the `page` value of `links.next/prev.href` back to the proxy. */
export function cursorOf(link: { href: string } | null | undefined): string | null {
  if (!link) return null
  return new URL(link.href).searchParams.get('page')
}

/**
 * How to address a Lucca resource: the last segment of its `url`. Ids are opaque and a resource's `url` need
 * not end with its id (contract §12 R3), so a path is never built from an id; only a reference Lucca gave
 * without its `url` falls back to the id.
 */
export function addressOf(resource: { id: string; url?: string | undefined }): string {
  if (!resource.url) return resource.id
  try {
    const last = new URL(resource.url).pathname.split('/').at(-1)
    return last ? decodeURIComponent(last) : resource.id
  } catch {
    return resource.id
  }
}
