import { load, type LoadResult } from './autocannon.ts'

// What a console tab does: session checks, endpoint and delivery lists, and the SPA shell.
const mix = [
  '/api/session',
  '/lucca-api/webhook-endpoints?limit=25',
  '/lucca-api/webhook-deliveries?limit=25',
  '/healthz',
  '/',
]

/** Mixed signed-in traffic through the proxy for `seconds`. */
export function mixedTraffic(
  consoleUrl: string,
  cookie: string,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  return load({
    url: consoleUrl,
    headers: { Cookie: cookie },
    connections: options.connections,
    durationSeconds: options.seconds,
    pathOf: (n) => mix[n % mix.length] ?? '/',
  })
}
