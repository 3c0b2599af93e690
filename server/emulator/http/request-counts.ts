import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Clock } from '../clock.ts'
import type { TokenStore } from './tokens.ts'

interface Minute {
  /** client id → route → calls */
  byClient: Map<string, Map<string, number>>
}

export interface MinuteCount {
  minute: string
  count: number
  byRoute: Record<string, number>
  byClient: Record<string, number>
}

const minuteMs = 60_000
// A week of minutes; a long `npm run emulator` must not grow without bound.
const maxMinutes = 7 * 24 * 60
const noClient = '(none)'

/** Every /lucca-api call by the clock minute it arrived in, its route and its OAuth client (`GET /_emulator/requests`). */
export class RequestCounts {
  readonly #minutes = new Map<number, Minute>()

  add(at: number, route: string, clientId: string | undefined): void {
    const start = Math.floor(at / minuteMs) * minuteMs
    let minute = this.#minutes.get(start)
    if (!minute) {
      minute = { byClient: new Map() }
      this.#minutes.set(start, minute)
      const oldest = this.#minutes.keys().next().value
      if (this.#minutes.size > maxMinutes && oldest !== undefined) this.#minutes.delete(oldest)
    }
    const client = clientId ?? noClient
    const routes = minute.byClient.get(client) ?? new Map<string, number>()
    routes.set(route, (routes.get(route) ?? 0) + 1)
    minute.byClient.set(client, routes)
  }

  /** Oldest minute first; only the minutes with calls, and with `clientId` only that client's calls. */
  list(clientId?: string): MinuteCount[] {
    return [...this.#minutes]
      .sort(([a], [b]) => a - b)
      .map(([start, minute]) => {
        const byRoute = new Map<string, number>()
        const byClient = new Map<string, number>()
        for (const [client, routes] of minute.byClient) {
          if (clientId !== undefined && client !== clientId) continue
          for (const [route, calls] of routes) {
            byRoute.set(route, (byRoute.get(route) ?? 0) + calls)
            byClient.set(client, (byClient.get(client) ?? 0) + calls)
          }
        }
        const count = [...byClient.values()].reduce((sum, calls) => sum + calls, 0)
        return {
          minute: new Date(start).toISOString(),
          count,
          byRoute: Object.fromEntries(byRoute),
          byClient: Object.fromEntries(byClient),
        }
      })
      .filter((minute) => minute.count > 0)
  }

  clear(): void {
    this.#minutes.clear()
  }
}

/** Counts each call before any guard runs, so refused calls (401, 429, 503…) count too: Lucca saw them. */
export function countRequests(
  app: FastifyInstance,
  deps: { requests: RequestCounts; clock: Clock; tokens: TokenStore },
): void {
  app.addHook('onRequest', async (request) => {
    deps.requests.add(deps.clock.now(), routeOf(request), clientOf(request, deps.tokens))
  })
}

function routeOf(request: FastifyRequest): string {
  const route = request.routeOptions.url?.replace(/:[^/]+/g, '{id}') ?? '(no route)'
  return `${request.method} ${route}`
}

function clientOf(request: FastifyRequest, tokens: TokenStore): string | undefined {
  const match = /^Bearer ([^\s]+)$/i.exec(request.headers.authorization ?? '')
  return match?.[1] ? tokens.find(match[1])?.clientId : undefined
}
