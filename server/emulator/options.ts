import type { Clock } from './clock.ts'
import { variantFor, type Variant, type VariantName } from './variants.ts'

export const webhookScopes = [
  'webhook-endpoints.readonly',
  'webhook-endpoints.readwrite',
  'webhook-deliveries.readonly',
  'webhook-deliveries.readwrite',
  'events.readonly',
] as const
export type Scope = (typeof webhookScopes)[number]

export interface OAuthClient {
  id: string
  secret: string
  scopes: readonly Scope[]
  /** Recorded on the endpoints it creates, for the `application.id` filter; defaults to `id`. */
  applicationId?: string
  /**
   * [E] This client's account has not had webhooks turned on by Lucca support (contract §12 R7): every
   * webhook call is a 403, though the token is granted. For the connection check's tests.
   */
  webhooksDisabled?: boolean
}

interface RateLimit {
  requests: number
  windowSeconds: number
}

export interface EmulatorOptions {
  /** PEM certificates the delivery client trusts on top of the system roots (e.g. the local receiver's). */
  trustedCa?: string[]
  clients?: OAuthClient[]
  tokenTtlSeconds?: number
  rateLimit?: RateLimit | 'off'
  retryScale?: number
  dispatchDelayMs?: number
  deliveryTimeoutMs?: number
  clock?: Clock
  store?: 'memory' | { file: string }
  /** Demo data when the store is empty; its endpoints point at `demoReceiverUrl`. */
  seed?: boolean
  demoReceiverUrl?: string
  publicBaseUrl?: string
  skipChallenge?: boolean
  allowHttp?: boolean
  challengeParam?: 'echo' | 'challenge'
  challengeAllowlist?: string[]
  suspendAfter?: number
  retentionDays?: number
  ceSpecVersion?: '1.0.3' | '1.0'
  cors?: boolean
  maxBodyBytes?: number
  /** Emit what Lucca's own samples show where they contradict the [E] rules (variants.ts). */
  variants?: VariantName
  /**
   * Only what Lucca documents: undocumented query parameters are a 400, `page` only takes the cursors of
   * `links`, every list is sorted by id, attempt ids are UUIDs (README, strict mode).
   */
  strict?: boolean
  logger?: boolean | { level: string }
}

/** The settings the control API may change while running (`PUT /_emulator/config`). */
export interface RuntimeConfig {
  rateLimit: RateLimit | 'off'
  tokenTtlSeconds: number
  latencyMs: number
  failNext: { status: number; count: number } | null
  /** Lucca's API is down: every /lucca-api call is a 503, while events and deliveries go on. */
  outage: boolean
}

const defaultClient: OAuthClient = {
  id: 'console-dev',
  secret: 'console-dev-secret',
  scopes: webhookScopes,
}

export type Settings = Required<
  Omit<EmulatorOptions, 'clock' | 'store' | 'publicBaseUrl' | 'demoReceiverUrl' | 'logger' | 'variants'>
> &
  Pick<EmulatorOptions, 'publicBaseUrl' | 'demoReceiverUrl'> & { variant: Variant }

export function resolveSettings(options: EmulatorOptions): Settings {
  return {
    trustedCa: options.trustedCa ?? [],
    clients: options.clients ?? [defaultClient],
    tokenTtlSeconds: options.tokenTtlSeconds ?? 1800,
    rateLimit: options.rateLimit ?? { requests: 50, windowSeconds: 60 },
    retryScale: options.retryScale ?? 1,
    dispatchDelayMs: options.dispatchDelayMs ?? 300,
    deliveryTimeoutMs: options.deliveryTimeoutMs ?? 3000,
    seed: options.seed ?? false,
    skipChallenge: options.skipChallenge ?? false,
    allowHttp: options.allowHttp ?? false,
    challengeParam: options.challengeParam ?? 'echo',
    challengeAllowlist: options.challengeAllowlist ?? ['hooks.zapier.com'],
    suspendAfter: options.suspendAfter ?? 10,
    retentionDays: options.retentionDays ?? 61,
    ceSpecVersion: options.ceSpecVersion ?? '1.0.3',
    cors: options.cors ?? false,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    variant: variantFor(options.variants),
    strict: options.strict ?? false,
    ...(options.publicBaseUrl === undefined ? {} : { publicBaseUrl: options.publicBaseUrl }),
    ...(options.demoReceiverUrl === undefined ? {} : { demoReceiverUrl: options.demoReceiverUrl }),
  }
}
