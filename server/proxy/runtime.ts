import type { AccountConfig } from './accounts-config.ts'
import { AccountRegistry, type RuntimeAccount } from './accounts.ts'
import type { UpstreamSettings } from './config.ts'
import type { SecretRegistry } from './logger.ts'
import { checkConnection } from './connection/check.ts'
import { ClientCredentialsToken } from './token.ts'
import { LuccaUpstream, type UpstreamOptions } from './upstream.ts'

export interface RuntimeOptions extends UpstreamOptions {
  customFetch?: (url: string, init: RequestInit) => Promise<Response>
}

/** Where a failed token request is told; server.ts passes the console's logger. */
type TokenFailureLog = (entry: Record<string, unknown>, message: string) => void

/** One token cache, pool, budget and breaker per Lucca account: one tenant's trouble stays its own. */
export function createAccounts(
  configs: readonly AccountConfig[],
  settings: UpstreamSettings,
  secrets: SecretRegistry,
  options: RuntimeOptions = {},
  logTokenFailure?: TokenFailureLog,
): AccountRegistry {
  const entries = configs.map((config): RuntimeAccount => {
    secrets.add(config.clientSecret)
    const token = new ClientCredentialsToken(config, {
      timeoutMs: settings.connectTimeoutMs + settings.headersTimeoutMs,
      onToken: (value) => secrets.add(value),
      // The cause (DNS, TLS, HTTP status, OAuth error code) and where to look next; never the secret.
      onFailure: (failure) =>
        logTokenFailure?.(
          { account: config.id, tokenHost: new URL(config.tokenUrl).host, ...failure },
          `Lucca token request failed (${failure.cause}): run \`npm run doctor\` or open the Connection page`,
        ),
      ...(options.now ? { now: options.now } : {}),
      ...(options.customFetch ? { customFetch: options.customFetch } : {}),
    })
    const upstream = new LuccaUpstream(config, settings, token, options)
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
      upstream,
      checkConnection: () =>
        checkConnection({
          account: config,
          connectTimeoutMs: settings.connectTimeoutMs,
          headersTimeoutMs: settings.headersTimeoutMs,
          ...(options.ca ? { ca: options.ca } : {}),
          ...(options.customFetch ? { customFetch: options.customFetch } : {}),
          takeSlot: () => upstream.takeSlot(),
          usage: () => upstream.usage(),
        }),
    }
  })
  return new AccountRegistry(entries)
}
