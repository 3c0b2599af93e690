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
  /**
   * Applies `fault` to requests whose path starts with `pathPrefix` (the last rule set wins). With `times`,
   * only the next `times` matching requests fail; the rule then removes itself.
   */
  inject(pathPrefix: string, fault: Fault, times?: number): void
  clear(): void
  close(): Promise<void>
}

export interface TapOptions {
  /** 0 (the default) picks a free port; a fixed one lets a separate process (Playwright) find the tap. */
  port?: number
  /**
   * Sees every request first; returning true means it answered, and the request is neither counted nor
   * forwarded. Used to put a control API on the tap itself (e2e/servers/tap-control.ts).
   */
  intercept?: (req: IncomingMessage, res: ServerResponse, tap: TapProxy) => boolean
}

interface Rule {
  fault: Fault
  remaining: number
}

/**
 * A plain HTTP forwarder placed between the proxy and the emulator: it counts what the proxy sends
 * (e.g. token requests) and injects the faults the emulator cannot fake itself, such as reset sockets.
 */
export async function startTapProxy(target: string, options: TapOptions = {}): Promise<TapProxy> {
  const counts = new Map<string, number>()
  const rules = new Map<string, Rule>()
  const upstream = new URL(target)
  const faultFor = (path: string): Fault => {
    const matching = [...rules.entries()].filter(([prefix]) => path.startsWith(prefix))
    const last = matching.at(-1)
    if (!last) return { kind: 'pass' }
    const [prefix, rule] = last
    rule.remaining -= 1
    if (rule.remaining <= 0) rules.delete(prefix)
    return rule.fault
  }
  // Assigned below, once the port is known; the request handler only runs after that.
  let tap: TapProxy | null = null
  const server = createServer((req, res) => {
    if (tap && options.intercept?.(req, res, tap)) return
    const path = new URL(req.url ?? '/', 'http://tap.invalid').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const fault = faultFor(path)
    if (fault.kind === 'reset') return void req.socket.destroy()
    if (fault.kind === 'hang') return
    if (fault.kind === 'status') return answer(res, fault.status, fault.retryAfterSeconds)
    forward(req, res, upstream)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  tap = {
    url: `http://127.0.0.1:${port}`,
    count: (path) => counts.get(path) ?? 0,
    inject: (prefix, fault, times = Number.POSITIVE_INFINITY) => {
      // Re-inserted so that it becomes the last rule set, whatever was there before under this prefix.
      rules.delete(prefix)
      rules.set(prefix, { fault, remaining: times })
    },
    clear: () => rules.clear(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return tap
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
