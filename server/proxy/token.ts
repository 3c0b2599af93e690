import * as oauth from 'oauth4webapi'
import type { AccountConfig } from './accounts-config.ts'
import { isLoopback } from './accounts-config.ts'
import { tokenFailure, type TokenFailure } from './connection/failure-cause.ts'

export class TokenError extends Error {
  override name = 'TokenError'
  constructor(readonly failure: TokenFailure) {
    super(`Lucca token request failed (${failure.cause})`)
  }
}

interface TokenOptions {
  now?: () => number
  /** Renew this long before expiry so a request never leaves with a token about to die. */
  renewBeforeMs?: number
  timeoutMs?: number
  customFetch?: (url: string, init: RequestInit) => Promise<Response>
  /** Told about every token obtained, so the log scrubber can hide it. */
  onToken?: (token: string) => void
  /** Told why a token request failed (never the secret nor what Lucca echoed), for the log. */
  onFailure?: (failure: TokenFailure) => void
}

/** Client-credentials token for one account: cached, single-flight, renewed ahead of expiry. */
export class ClientCredentialsToken {
  private cached: { value: string; renewAt: number } | null = null
  private inflight: Promise<string> | null = null
  private readonly as: oauth.AuthorizationServer
  private readonly client: oauth.Client
  private readonly auth: oauth.ClientAuth
  private readonly now: () => number
  requestsMade = 0

  constructor(
    private readonly account: Pick<AccountConfig, 'tokenUrl' | 'clientId' | 'clientSecret' | 'scope'>,
    private readonly options: TokenOptions = {},
  ) {
    const tokenUrl = new URL(account.tokenUrl)
    // Lucca's token endpoint has no discovery document; the issuer is only an identifier here.
    this.as = { issuer: tokenUrl.origin, token_endpoint: tokenUrl.href }
    this.client = { client_id: account.clientId }
    this.auth = oauth.ClientSecretPost(account.clientSecret)
    this.now = options.now ?? Date.now
  }

  async get(): Promise<string> {
    if (this.cached && this.now() < this.cached.renewAt) return this.cached.value
    this.inflight ??= this.request().finally(() => {
      this.inflight = null
    })
    return this.inflight
  }

  /** Drop the cached token if it is the one Lucca just refused (a newer one may already be cached). */
  invalidate(token: string): void {
    if (this.cached?.value === token) this.cached = null
  }

  private async request(): Promise<string> {
    this.requestsMade += 1
    const parameters = new URLSearchParams(this.account.scope ? { scope: this.account.scope } : {})
    const { customFetch } = this.options
    const options: oauth.ClientCredentialsGrantRequestOptions = {
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      // Plain HTTP only for the loopback emulator; config.ts refuses it elsewhere.
      ...(isLoopback(new URL(this.account.tokenUrl)) ? { [oauth.allowInsecureRequests]: true } : {}),
      ...(customFetch ? { [oauth.customFetch]: customFetch } : {}),
    }
    let result: oauth.TokenEndpointResponse
    try {
      const response = await oauth.clientCredentialsGrantRequest(
        this.as,
        this.client,
        this.auth,
        parameters,
        options,
      )
      result = await oauth.processClientCredentialsResponse(this.as, this.client, response)
    } catch (error) {
      // Never include the response body: some servers echo the submitted form.
      const failure = tokenFailure(error)
      this.options.onFailure?.(failure)
      throw new TokenError(failure)
    }
    const lifetimeMs = (result.expires_in ?? 300) * 1000
    const renewBefore = Math.min(this.options.renewBeforeMs ?? 60_000, lifetimeMs / 2)
    this.cached = { value: result.access_token, renewAt: this.now() + lifetimeMs - renewBefore }
    this.options.onToken?.(result.access_token)
    return result.access_token
  }
}
