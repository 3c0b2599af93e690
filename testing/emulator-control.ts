import { z } from 'zod'

/** What `PUT /_emulator/config` accepts (server/emulator/options.ts, RuntimeConfig). */
export interface EmulatorConfig {
  rateLimit?: { requests: number; windowSeconds: number } | 'off'
  tokenTtlSeconds?: number
  latencyMs?: number
  failNext?: { status: number; count: number } | null
  outage?: boolean
}

type Profile = 'failing' | 'flaky' | 'gone' | 'slow'

/** What `POST /_emulator/traffic` accepts (server/emulator/routes/traffic.ts). */
interface TrafficRequest {
  endpoints: number
  deliveriesPerDay: number
  /** Shares of the endpoints (0–1, adding up to at most 1); the rest are healthy. */
  mix?: Partial<Record<Profile, number>>
  seed?: number
  backfillHours?: number
  topics?: string[]
}

const TrafficStatsSchema = z.object({
  running: z.boolean(),
  seed: z.number().nullable(),
  deliveriesPerDay: z.number(),
  endpoints: z.number(),
  events: z.number(),
  deliveries: z.number(),
  attempts: z.number(),
  profiles: z.record(z.enum(['healthy', 'failing', 'flaky', 'gone', 'slow']), z.array(z.string())),
})
type TrafficStats = z.infer<typeof TrafficStatsSchema>

const RequestsSchema = z.object({
  minutes: z.array(
    z.object({
      minute: z.string(),
      count: z.number(),
      byRoute: z.record(z.string(), z.number()),
      byClient: z.record(z.string(), z.number()),
    }),
  ),
})
/** The /lucca-api calls the emulator got in one minute of its clock, e.g. `GET /lucca-api/events`. */
type RequestMinute = z.infer<typeof RequestsSchema>['minutes'][number]

/** The emulator's test-only control API (`/_emulator/*`), and a token for calls that bypass the console. */
export interface EmulatorControl {
  url: string
  configure(config: EmulatorConfig): Promise<void>
  reset(options?: { seed?: boolean }): Promise<void>
  advanceClock(seconds: number): Promise<void>
  /** Moves the emulator's clock by `ms`; answers once the attempts that fell due are made. */
  advance(ms: number): Promise<void>
  /** Lucca's API answers 503 while on; events, deliveries and attempts go on. */
  outage(on: boolean): Promise<void>
  /** Endpoints with simulated receivers and a steady stream of events, optionally hours of past traffic. */
  traffic(request: TrafficRequest): Promise<TrafficStats>
  trafficStats(): Promise<TrafficStats>
  /** No more events; existing deliveries keep their retries. */
  stopTraffic(): Promise<TrafficStats>
  /** Calls to /lucca-api per clock minute, oldest first (only minutes with calls); one client's if given. */
  requests(clientId?: string): Promise<RequestMinute[]>
  clearRequests(): Promise<void>
  emitEvent(event: { topic: string; data: Record<string, unknown> }): Promise<void>
  /** A token for the emulator's default client, for calls straight to its API. */
  token(): Promise<string>
  /** A call straight to the emulator's `/lucca-api`, not through the console: a test's own fixtures. */
  api(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; headers: Headers; json: unknown }>
}

// The emulator's documented default OAuth client (docs/architecture.md): the one every stack uses.
export const emulatorClient = { id: 'console-dev', secret: 'console-dev-secret' }

const TokenSchema = z.object({ access_token: z.string(), expires_in: z.number() })

async function expectOk(response: Response): Promise<Response> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`)
  return response
}

export function emulatorControl(url: string): EmulatorControl {
  const token = async () => {
    const response = await expectOk(
      await fetch(`${url}/connect/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: emulatorClient.id,
          client_secret: emulatorClient.secret,
        }),
      }),
    )
    return TokenSchema.parse(await response.json()).access_token
  }
  const request = async (method: string, path: string, body?: unknown) =>
    expectOk(
      await fetch(`${url}/_emulator${path}`, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      }),
    )
  const send = async (method: string, path: string, body: unknown) => void (await request(method, path, body))
  const stats = async (method: string, body?: unknown) =>
    TrafficStatsSchema.parse(await (await request(method, '/traffic', body)).json())
  return {
    url,
    configure: (config) => send('PUT', '/config', config),
    reset: (options = {}) => send('POST', '/reset', options),
    advanceClock: (seconds) => send('POST', '/clock/advance', { seconds }),
    advance: (ms) => send('POST', '/clock/advance', { ms }),
    outage: (on) => send('PUT', '/config', { outage: on }),
    traffic: (body) => stats('POST', body),
    trafficStats: () => stats('GET'),
    stopTraffic: () => stats('DELETE'),
    requests: async (clientId) => {
      const query = clientId === undefined ? '' : `?clientId=${encodeURIComponent(clientId)}`
      return RequestsSchema.parse(await (await request('GET', `/requests${query}`)).json()).minutes
    },
    clearRequests: () => send('DELETE', '/requests', undefined),
    emitEvent: (event) => send('POST', '/events', event),
    token,
    api: async (method, path, body) => {
      const headers = { ...luccaHeaders(await token()), 'Content-Type': 'application/json' }
      const response = await fetch(`${url}/lucca-api${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await response.text()
      return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null }
    },
  }
}

/** Headers Lucca requires on `/lucca-api` (the console adds them; direct calls must too). */
export function luccaHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Api-Version': '2024-11-01' }
}
