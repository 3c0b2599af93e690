import { http, HttpResponse, type RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { createOpenApiHttp } from 'openapi-msw'
import type { Session } from '../../contract/console-api'
import type { paths } from '../../contract/lucca-api'
import catalog from '../lib/topic-catalog.json'
import catalogUrl from '../lib/topic-catalog.json?url'
import snippets from '../features/onboarding/snippets.json'
import snippetsUrl from '../features/onboarding/snippets.json?url'

/**
 * Lucca's operations, typed by contract/openapi.yaml: a fake answer that drifts from the contract (a field
 * missing, a status Lucca does not use, a wrong enum value) is a type error.
 */
export const lucca = createOpenApiHttp<paths>({ baseUrl: '*' })

/**
 * The network of the SPA's unit tests: only the handlers a test gives answer, the static assets of the build
 * the screens read (the topic catalog, the receiver snippets), and the sign-in methods of a console without
 * company sign-in (what the proxy answers with OIDC_ISSUER unset); any other request fails it.
 */
const assets = new Map<string, object>([
  [catalogUrl, catalog],
  [snippetsUrl, snippets],
])
export const network = setupServer(
  ...[...assets].map(([url, body]) => http.get(`*${url}`, () => HttpResponse.json(body))),
  http.get('*/api/session/methods', () => HttpResponse.json({ oidc: false, local: 'on' })),
)

export interface RecordedRequest {
  method: string
  path: string
  search: URLSearchParams
  headers: Headers
  body: unknown
}

/** Answers this test's requests with `handlers`, and records each request the SPA makes. */
export function fakeNetwork(...handlers: RequestHandler[]): { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = []
  const recorder = http.all('*', async ({ request }) => {
    const url = new URL(request.url)
    if (assets.has(url.pathname)) return // a static asset, not a call to Lucca or the console
    const text = await request.clone().text()
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : null,
    })
    // Answering nothing hands the request on to the test's own handlers.
  })
  network.use(recorder, ...handlers)
  return { requests }
}

/** The console's own API: signed in with this session (contract/console-api.ts). */
export function signedInAs(session: Session): RequestHandler {
  return http.get('*/api/session', () => HttpResponse.json(session))
}

/** A problem+json answer, from the console or from Lucca. */
export function problem(
  status: number,
  body: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Error', status, ...body },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  )
}

/** The console's history has no copy of any delivery yet (not collected): a tab follows them at Lucca. */
export function notInHistory(): RequestHandler {
  return http.get('*/api/history/deliveries/:id', () =>
    problem(404, { title: 'Not Found', detail: 'The console’s history has no such delivery' }),
  )
}
