import { randomBytes } from 'node:crypto'
import type { Clock } from '../clock.ts'
import type { Scope } from '../options.ts'

export interface Grant {
  clientId: string
  applicationId: string
  scopes: readonly Scope[]
  /** [E] OAuthClient.webhooksDisabled. */
  webhooksDisabled?: boolean
  expiresAt: number
}

/** Issued access tokens; opaque random strings that live `ttl` seconds on the emulator clock. */
export class TokenStore {
  readonly #grants = new Map<string, Grant>()

  constructor(private readonly clock: Clock) {}

  issue(grant: Omit<Grant, 'expiresAt'>, ttlSeconds: number): string {
    const token = randomBytes(32).toString('base64url')
    this.#grants.set(token, { ...grant, expiresAt: this.clock.now() + ttlSeconds * 1000 })
    return token
  }

  find(token: string): Grant | undefined {
    const grant = this.#grants.get(token)
    if (grant && grant.expiresAt <= this.clock.now()) {
      this.#grants.delete(token)
      return undefined
    }
    return grant
  }
}
