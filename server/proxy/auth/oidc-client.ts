import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose'
import * as client from 'openid-client'
import type { Role } from '../../../contract/console-api.ts'
import type { ProxyConfig } from '../config.ts'

export type OidcSettings = NonNullable<ProxyConfig['oidc']>

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** The company's provider as the console talks to it: its discovered configuration, and its signing keys. */
export interface OidcProvider {
  configuration(): Promise<client.Configuration>
  /** Its JWKS, fetched and cached by jose, for the logout tokens it posts (back-channel logout). */
  keys(): Promise<JWTVerifyGetKey>
}

export function oidcProvider(oidc: OidcSettings): OidcProvider {
  let discovered: Promise<client.Configuration> | null = null
  let keys: JWTVerifyGetKey | null = null
  // Discovered at first use, so a provider down at start does not stop the console; a failure is retried.
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        // Plain HTTP only for a provider on this machine (the tests' own); never for a remote one.
        LOOPBACK.has(new URL(oidc.issuer).hostname) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null
        throw error
      })
    return discovered
  }
  return {
    configuration,
    keys: async () => {
      if (keys) return keys
      const { jwks_uri } = (await configuration()).serverMetadata()
      if (!jwks_uri) throw new Error('the provider publishes no jwks_uri')
      keys = createRemoteJWKSet(new URL(jwks_uri))
      return keys
    },
  }
}

/**
 * The Lucca accounts the user's groups give (OIDC_ACCOUNT_GROUPS_<ACCOUNT>), in the console's order: an
 * account with no such variable is open to every signed-in company user.
 */
export function accountsFromGroups(
  claim: unknown,
  oidc: OidcSettings,
  accountIds: readonly string[],
): string[] {
  const groups = Array.isArray(claim) ? claim.filter((g) => typeof g === 'string') : []
  return accountIds.filter((id) => {
    const allowed = oidc.accountGroups[id]
    return allowed === undefined || groups.some((group) => allowed.includes(group))
  })
}

/** The role the user's groups give: admin wins over viewer; null when in neither. */
export function roleFromGroups(claim: unknown, oidc: OidcSettings): { role: Role; group: string } | null {
  const groups = Array.isArray(claim) ? claim.filter((g) => typeof g === 'string') : []
  const admin = groups.find((group) => oidc.adminGroups.includes(group))
  if (admin !== undefined) return { role: 'admin', group: admin }
  const viewer = groups.find((group) => oidc.viewerGroups.includes(group))
  return viewer !== undefined ? { role: 'viewer', group: viewer } : null
}
