import type { AuditAction } from '../../contract/console-audit-api.ts'
import type { Role } from '../../contract/console-api.ts'
import type { paths } from '../../contract/lucca-api.d.ts'

type HttpMethod = 'get' | 'post' | 'patch' | 'delete'
export type Method = Uppercase<HttpMethod>
type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>

/**
 * Every operation contract/openapi.yaml has under /lucca-api, as this table writes it: the method, and the
 * path after /lucca-api with ':id' for `{id}`. A route the contract does not have is a type error.
 */
type ContractRoute = {
  [P in keyof paths]: P extends `/lucca-api${infer Rest}`
    ? {
        [M in HttpMethod]: [Operation<P, M>] extends [never]
          ? never
          : { method: Uppercase<M>; path: Rest extends `${infer A}{id}${infer B}` ? `${A}:id${B}` : Rest }
      }[HttpMethod]
    : never
}[keyof paths]

type QueryOf<T> = T extends { parameters: { query?: infer Q } } ? keyof NonNullable<Q> : never
/** The query parameters the contract declares on those operations. */
type ContractQuery = {
  [P in keyof paths]: P extends `/lucca-api${string}`
    ? QueryOf<paths[P]> | { [M in HttpMethod]: QueryOf<Operation<P, M>> }[HttpMethod]
    : never
}[keyof paths]

export type AllowedRoute = ContractRoute & {
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

/** Query parameters the console's screens send, each one the contract declares; others are refused. */
export const ALLOWED_QUERY: ReadonlySet<string> = new Set([
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
] satisfies ContractQuery[])

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
