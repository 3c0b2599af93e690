import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the tap does with a request whose path matches: forward it, or fail the way a bad network does. */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'status'; status: number; retryAfterSeconds?: number }

export interface TapProxy {
  url: string
  /** Requests seen per path (without the query), faulted or not. */
  count(path: string): number
  /** Applies `fault` to requests whose path starts with `pathPrefix` (the last rule set wins). */
  inject(pathPrefix: string, fault: Fault): void
  clear(): void
  close(): Promise<void>
}

/**
 * A plain HTTP forwarder placed between the proxy and the emulator: it counts what the proxy sends
 * (e.g. token requests) and injects the faults the emulator cannot fake itself, such as reset sockets.
 */
export async function startTapProxy(target: string): Promise<TapProxy> {
  const counts = new Map<string, number>()
  const rules = new Map<string, Fault>()
  const upstream = new URL(target)
  const faultFor = (path: string): Fault => {
    const matching = [...rules.entries()].filter(([prefix]) => path.startsWith(prefix))
    return matching.at(-1)?.[1] ?? { kind: 'pass' }
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://tap.invalid').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const fault = faultFor(path)
    if (fault.kind === 'reset') return void req.socket.destroy()
    if (fault.kind === 'hang') return
    if (fault.kind === 'status') return answer(res, fault.status, fault.retryAfterSeconds)
    forward(req, res, upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    count: (path) => counts.get(path) ?? 0,
    inject: (prefix, fault) => void rules.set(prefix, fault),
    clear: () => rules.clear(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function answer(res: ServerResponse, status: number, retryAfterSeconds: number | undefined): void {
  res.writeHead(status, {
    'Content-Type': 'application/problem+json',
    ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
  })
  res.end(JSON.stringify({ type: 'about:blank', title: 'Injected fault', status }))
}

function forward(req: IncomingMessage, res: ServerResponse, upstream: URL): void {
  const outgoing = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
    (response) => {
      res.writeHead(response.statusCode ?? 502, response.headers)
      response.pipe(res)
    },
  )
  outgoing.on('error', () => res.destroy())
  req.pipe(outgoing)
}
