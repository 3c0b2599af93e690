import { vi } from 'vitest'

export interface RecordedRequest {
  method: string
  path: string
  search: URLSearchParams
  headers: Headers
  body: unknown
}
type Handler = (request: RecordedRequest) => Response | Promise<Response>

export function json(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })
}

export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/**
 * Replaces the network (global fetch) with a table of `METHOD /path` handlers, the way a proxy
 * would answer. Unknown routes answer 404 so a missing fake shows up as a failing test.
 */
export function fakeNetwork(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = []
  vi.stubGlobal('fetch', async (input: Request) => {
    const url = new URL(input.url)
    const text = await input.text()
    const recorded: RecordedRequest = {
      method: input.method,
      path: url.pathname,
      search: url.searchParams,
      headers: input.headers,
      body: text ? (JSON.parse(text) as unknown) : null,
    }
    requests.push(recorded)
    const handler = routes[`${input.method} ${url.pathname}`]
    return handler
      ? handler(recorded)
      : problem(404, { title: `No fake for ${input.method} ${url.pathname}` })
  })
  return { requests }
}
