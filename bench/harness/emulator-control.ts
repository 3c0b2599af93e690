import { z } from 'zod'

/** What `PUT /_emulator/config` accepts (server/emulator/options.ts, RuntimeConfig). */
export interface EmulatorConfig {
  rateLimit?: { requests: number; windowSeconds: number } | 'off'
  tokenTtlSeconds?: number
  latencyMs?: number
  failNext?: { status: number; count: number } | null
}

async function expectOk(response: Response): Promise<Response> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`)
  return response
}

export async function configureEmulator(emulatorUrl: string, config: EmulatorConfig): Promise<void> {
  await expectOk(
    await fetch(`${emulatorUrl}/_emulator/config`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(config),
    }),
  )
}

const TokenSchema = z.object({ access_token: z.string(), expires_in: z.number() })

/** A token for the emulator's default client, for calls that bypass the proxy. */
export async function emulatorToken(emulatorUrl: string): Promise<string> {
  const response = await expectOk(
    await fetch(`${emulatorUrl}/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'console-dev',
        client_secret: 'console-dev-secret',
      }),
    }),
  )
  return TokenSchema.parse(await response.json()).access_token
}

/** Headers Lucca requires on `/lucca-api` (the proxy adds them; direct calls must too). */
export function luccaHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Api-Version': '2024-11-01' }
}
