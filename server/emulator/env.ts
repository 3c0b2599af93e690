import { join } from 'node:path'
import { z } from 'zod'
import { webhookScopes, type EmulatorOptions, type OAuthClient } from './options.ts'
import { variantNames, type VariantName } from './variants.ts'

const clientsSchema = z.array(
  z.object({
    id: z.string().min(1),
    secret: z.string().min(1),
    scopes: z.array(z.enum(webhookScopes)),
    applicationId: z.string().min(1).optional(),
    webhooksDisabled: z.boolean().optional(),
  }),
)

type Env = Record<string, string | undefined>

/**
 * lucca-api.md §9 settings from environment variables. Pure: `main.ts` passes `process.env`; unset variables
 * keep the defaults of `buildEmulator`. Throws with a readable message on a malformed value.
 */
export function emulatorOptionsFromEnv(env: Env): EmulatorOptions {
  const number = (name: string) => {
    const raw = env[name]
    if (raw === undefined || raw === '') return undefined
    const value = Number(raw)
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`${name} must be a non-negative number, got "${raw}"`)
    return value
  }
  const flag = (name: string) =>
    env[name] === undefined ? undefined : env[name] === '1' || env[name] === 'true'
  const options: EmulatorOptions = {
    store:
      env.EMULATOR_STORE === 'memory' ? 'memory' : { file: join(env.DATA_DIR ?? '.data', 'emulator.json') },
    seed: env.EMULATOR_SEED !== '0',
  }
  const set = <K extends keyof EmulatorOptions>(key: K, value: EmulatorOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value
  }
  set('publicBaseUrl', env.EMULATOR_PUBLIC_BASE_URL || undefined)
  set('clients', env.EMULATOR_CLIENTS ? parseClients(env.EMULATOR_CLIENTS) : undefined)
  set('tokenTtlSeconds', number('EMULATOR_TOKEN_TTL'))
  set('rateLimit', parseRateLimit(env.EMULATOR_RATE_LIMIT))
  set('skipChallenge', flag('EMULATOR_SKIP_CHALLENGE'))
  set('challengeParam', env.EMULATOR_CHALLENGE_PARAM === 'challenge' ? 'challenge' : undefined)
  set(
    'challengeAllowlist',
    env.EMULATOR_CHALLENGE_ALLOWLIST?.split(',')
      .map((h) => h.trim())
      .filter(Boolean),
  )
  set('allowHttp', flag('EMULATOR_ALLOW_HTTP'))
  set('deliveryTimeoutMs', number('EMULATOR_DELIVERY_TIMEOUT_MS'))
  set('dispatchDelayMs', number('EMULATOR_DISPATCH_DELAY_MS'))
  set('retryScale', number('EMULATOR_RETRY_SCALE'))
  set('suspendAfter', number('EMULATOR_SUSPEND_AFTER'))
  set('retentionDays', number('EMULATOR_RETENTION_DAYS'))
  set('ceSpecVersion', env.EMULATOR_CE_SPECVERSION === '1.0' ? '1.0' : undefined)
  set('cors', flag('EMULATOR_CORS'))
  set('variants', parseVariants(env.EMULATOR_VARIANTS))
  set('strict', flag('EMULATOR_STRICT'))
  return options
}

function parseClients(raw: string): OAuthClient[] {
  return clientsSchema.parse(JSON.parse(raw)).map(({ applicationId, webhooksDisabled, ...client }) => ({
    ...client,
    ...(applicationId === undefined ? {} : { applicationId }),
    ...(webhooksDisabled ? { webhooksDisabled } : {}),
  }))
}

function parseRateLimit(raw: string | undefined): EmulatorOptions['rateLimit'] {
  if (raw === undefined || raw === '') return undefined
  if (raw === 'off') return 'off'
  const match = /^(\d+)\/(\d+)$/.exec(raw)
  if (!match) throw new Error(`EMULATOR_RATE_LIMIT must be "requests/seconds" or "off", got "${raw}"`)
  return { requests: Number(match[1]), windowSeconds: Number(match[2]) }
}

function parseVariants(raw: string | undefined): VariantName | undefined {
  if (raw === undefined || raw === '') return undefined
  const name = variantNames.find((known) => known === raw)
  if (!name) throw new Error(`EMULATOR_VARIANTS must be one of: ${variantNames.join(', ')}; got "${raw}"`)
  return name
}
