import type { AccountConfig } from './accounts-config.ts'
import { AccountRegistry, type RuntimeAccount } from './accounts.ts'
import type { UpstreamSettings } from './config.ts'
import type { SecretRegistry } from './logger.ts'
import { ClientCredentialsToken } from './token.ts'
import { LuccaUpstream, type UpstreamOptions } from './upstream.ts'

export interface RuntimeOptions extends UpstreamOptions {
  customFetch?: (url: string, init: RequestInit) => Promise<Response>
}

/** One token cache, pool, budget and breaker per Lucca account: one tenant's trouble stays its own. */
export function createAccounts(
  configs: readonly AccountConfig[],
  settings: UpstreamSettings,
  secrets: SecretRegistry,
  options: RuntimeOptions = {},
): AccountRegistry {
  const entries = configs.map((config): RuntimeAccount => {
    secrets.add(config.clientSecret)
    const token = new ClientCredentialsToken(config, {
      timeoutMs: settings.connectTimeoutMs + settings.headersTimeoutMs,
      onToken: (value) => secrets.add(value),
      ...(options.now ? { now: options.now } : {}),
      ...(options.customFetch ? { customFetch: options.customFetch } : {}),
    })
    return {
      account: {
        id: config.id,
        label: config.label,
        environment: config.environment,
        apiHost: new URL(config.apiUrl).host,
        allowsPrivateReceivers: config.environment === 'emulator',
        testReceiverUrl: config.testReceiverUrl ?? null,
      },
      apiUrl: config.apiUrl,
      token,
      upstream: new LuccaUpstream(config, settings, token, options),
    }
  })
  return new AccountRegistry(entries)
}
