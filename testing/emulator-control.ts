import { z } from 'zod'

/** What `PUT /_emulator/config` accepts (server/emulator/options.ts, RuntimeConfig). */
export interface EmulatorConfig {
  rateLimit?: { requests: number; windowSeconds: number } | 'off'
  tokenTtlSeconds?: number
  latencyMs?: number
  failNext?: { status: number; count: number } | null
}

/** The emulator's test-only control API (`/_emulator/*`), and a token for calls that bypass the console. */
export interface EmulatorControl {
  url: string
  configure(config: EmulatorConfig): Promise<void>
  reset(options?: { seed?: boolean }): Promise<void>
  advanceClock(seconds: number): Promise<void>
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
  const send = async (method: string, path: string, body: unknown) =>
    void (await expectOk(
      await fetch(`${url}/_emulator${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    ))
  return {
    url,
    configure: (config) => send('PUT', '/config', config),
    reset: (options = {}) => send('POST', '/reset', options),
    advanceClock: (seconds) => send('POST', '/clock/advance', { seconds }),
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
