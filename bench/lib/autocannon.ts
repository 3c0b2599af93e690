import autocannon from 'autocannon'

export interface LoadResult {
  requests: number
  rps: number
  p50: number
  p99: number
  /** Connection errors, timeouts and non-2xx answers together. */
  errors: number
  non2xx: number
  timeouts: number
  /** Answers per status code, e.g. { "200": 9000, "429": 3 }, for telling errors apart. */
  statusCodes: Record<string, number>
}

export interface LoadOptions {
  url: string
  headers: Record<string, string>
  connections: number
  durationSeconds?: number
  amount?: number
  /** Path of the n-th request; varying it keeps a proxy from coalescing identical in-flight calls. */
  pathOf?: (n: number) => string
  /** The whole n-th request (method, path, body, extra headers), for a mix of reads and writes. */
  requestOf?: (n: number) => {
    path: string
    method?: 'GET' | 'PUT' | 'POST' | 'DELETE'
    body?: string
    headers?: Record<string, string>
  }
  /** Every answer, with its body: to count the writes that succeeded. */
  onResponse?: (status: number, body: string) => void
}

/** autocannon (a well-kept HTTP load generator from the Fastify team) with the figures we report. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  let n = 0
  const { pathOf } = options
  const result = await autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    ...(options.amount === undefined
      ? { duration: options.durationSeconds ?? 10 }
      : { amount: options.amount }),
    ...(pathOf || options.requestOf || options.onResponse
      ? {
          requests: [
            {
              setupRequest: (request) => {
                const next = options.requestOf?.(n) ?? { path: pathOf?.(n) ?? request.path ?? '/' }
                n++
                // autocannon writes Content-Length into the headers object it is handed, and keeps that
                // object for the next request: a GET after a PUT would declare the PUT's length and send none.
                const { 'Content-Length': _length, ...headers } = request.headers ?? {}
                return { ...request, ...next, headers: { ...headers, ...next.headers } }
              },
              ...(options.onResponse
                ? { onResponse: (status: number, body: string) => options.onResponse?.(status, body) }
                : {}),
            },
          ],
        }
      : {}),
  })
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]),
    ),
  }
}
