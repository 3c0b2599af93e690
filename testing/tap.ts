import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { answerFault, forwardOnceRead, pathOf, recordRequest, type TappedRequest } from './tap-wire.ts'

export type { TappedRequest } from './tap-wire.ts'

/** What the tap does with a request whose path matches: forward it, or fail the way a bad network does. */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; retryAfterSeconds?: number }

export interface Tap {
  url: string
  /** Requests seen per path (without the query), faulted or not. */
  count(path: string): number
  /** The requests seen under `pathPrefix`, oldest first: what the console sent Lucca, as sent. */
  requests(pathPrefix?: string): TappedRequest[]
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
  /** Serve HTTPS with this certificate, so the console's real TLS client is what is tested. */
  tls?: { key: string; cert: string }
  /**
   * Sees every request first; returning true means it answered, and the request is neither recorded nor
   * forwarded. Used to put a control API on the tap itself (tap-control.ts).
   */
  intercept?: (req: IncomingMessage, res: ServerResponse, tap: Tap) => boolean
}

interface Rule {
  fault: Fault
  remaining: number
}

/**
 * A plain HTTP forwarder placed between the console and the emulator: it records what the console sends
 * (headers and bodies included) and injects the faults the emulator cannot fake itself, such as reset sockets.
 */
export async function startTap(target: string, options: TapOptions = {}): Promise<Tap> {
  const seen: TappedRequest[] = []
  const rules = new Map<string, Rule>()
  const upstream = new URL(target)
  const faultFor = (path: string): Fault => {
    const last = [...rules.entries()].filter(([prefix]) => path.startsWith(prefix)).at(-1)
    if (!last) return { kind: 'pass' }
    const [prefix, rule] = last
    rule.remaining -= 1
    if (rule.remaining <= 0) rules.delete(prefix)
    return rule.fault
  }
  // Assigned below, once the port is known; the request handler only runs after that.
  let tap: Tap | null = null
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (tap && options.intercept?.(req, res, tap)) return
    const record = recordRequest(req)
    seen.push(record)
    const fault = faultFor(pathOf(record.url))
    if (fault.kind === 'reset') return void req.socket.destroy()
    if (fault.kind === 'hang') return
    if (fault.kind === 'status') return answerFault(res, record, fault.status, fault.retryAfterSeconds)
    setTimeout(() => forwardOnceRead(req, res, upstream, record), fault.kind === 'delay' ? fault.ms : 0)
  }
  const server = options.tls ? createHttpsServer(options.tls, handle) : createHttpServer(handle)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  tap = {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    count: (path) => seen.filter((record) => pathOf(record.url) === path).length,
    requests: (prefix = '') => seen.filter((record) => record.url.startsWith(prefix)),
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

const TokenAnswer = z.object({ access_token: z.string() })

/** The access tokens Lucca's token endpoint gave out through this tap, oldest first. */
export function issuedTokens(tap: Tap): string[] {
  return tap.requests('/connect/token').flatMap((record) => {
    if (record.status !== 200) return []
    const parsed = TokenAnswer.safeParse(JSON.parse(record.answer))
    return parsed.success ? [parsed.data.access_token] : []
  })
}
