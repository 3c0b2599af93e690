import type { AuditAction, Role } from '../../contract/console-api.ts'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface AllowedRoute {
  method: Method
  /** Segments after /lucca-api; ':id' matches ID_PATTERN. */
  path: string
  role: Role
  audit?: AuditAction
  /** Whether Lucca's contract requires a JSON body (openapi.yaml `requestBody.required`). */
  body?: 'required' | 'optional'
  /** The body's `webhookUrl` must be one Lucca can reach (receiver-guard.ts). */
  receiver?: true
}

/** Lucca ids are numeric strings or UUIDs; anything else never leaves the proxy. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

// Exactly the Lucca webhook routes the console uses; everything else under /lucca-api is a 404.
export const routes: readonly AllowedRoute[] = [
  { method: 'GET', path: '/webhook-endpoints', role: 'viewer' },
  {
    method: 'POST',
    path: '/webhook-endpoints',
    role: 'admin',
    audit: 'endpoint.create',
    body: 'required',
    receiver: true,
  },
  { method: 'GET', path: '/webhook-endpoints/:id', role: 'viewer' },
  {
    method: 'PATCH',
    path: '/webhook-endpoints/:id',
    role: 'admin',
    audit: 'endpoint.update',
    body: 'required',
    receiver: true,
  },
  { method: 'DELETE', path: '/webhook-endpoints/:id', role: 'admin', audit: 'endpoint.delete' },
  { method: 'GET', path: '/webhook-deliveries', role: 'viewer' },
  // test delivery or redelivery, told apart by the body (see audit/classify.ts)
  { method: 'POST', path: '/webhook-deliveries', role: 'admin', audit: 'delivery.test', body: 'optional' },
  { method: 'GET', path: '/webhook-deliveries/:id', role: 'viewer' },
  { method: 'GET', path: '/webhook-delivery-attempts', role: 'viewer' },
  { method: 'GET', path: '/webhook-delivery-attempts/:id', role: 'viewer' },
  { method: 'GET', path: '/events', role: 'viewer' },
  { method: 'GET', path: '/events/:id', role: 'viewer' },
]

/** Query parameters the console's screens send; others are refused rather than forwarded blindly. */
export const ALLOWED_QUERY = new Set([
  'limit',
  'page',
  'include',
  'sort',
  'status',
  'application.id',
  'webhookEndpoint.id',
  'webhookDelivery.id',
  'event.id',
  'event.topic',
])

export interface RouteMatch {
  route: AllowedRoute
  id: string | null
}

export function matchRoute(method: string, path: string): RouteMatch | null {
  const segments = path.split('/').slice(1)
  for (const route of routes) {
    if (route.method !== method) continue
    const id = matchPath(route, segments)
    if (id !== undefined) return { route, id }
  }
  return null
}

/** The methods allowed on a path, for a 405's `Allow` header; empty when the path is not in the table. */
export function allowedMethods(path: string): Method[] {
  const segments = path.split('/').slice(1)
  return routes.filter((route) => matchPath(route, segments) !== undefined).map((route) => route.method)
}

/** The id matched (null for a collection), or undefined when the path does not fit the route. */
function matchPath(route: AllowedRoute, segments: string[]): string | null | undefined {
  const pattern = route.path.split('/').slice(1)
  if (pattern.length !== segments.length) return undefined
  let id: string | null = null
  const matches = pattern.every((part, index) => {
    const segment = segments[index] ?? ''
    if (part !== ':id') return part === segment
    id = segment
    return ID_PATTERN.test(segment)
  })
  return matches ? id : undefined
}
