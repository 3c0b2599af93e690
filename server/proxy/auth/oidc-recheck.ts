import type { FastifyBaseLogger } from 'fastify'
import * as client from 'openid-client'
import { accountsFromGroups, roleFromGroups, type OidcProvider, type OidcSettings } from './oidc-client.ts'
import type { OidcSessionStore } from './oidc-session-store.ts'
import type { CompanyTrail } from './oidc-trail.ts'
import type { SessionCheck } from './session.ts'
import type { UserStore } from './users-store.ts'

// While one request asks the provider, the others go on; if the answer never comes, one asks again then.
const LEASE_MS = 60_000

interface RecheckDeps {
  oidc: OidcSettings
  provider: OidcProvider
  store: OidcSessionStore
  users: UserStore
  trail: CompanyTrail
  logger: FastifyBaseLogger
  /** Every Lucca account of the console, in its order. */
  accountIds: readonly string[]
}

/**
 * An error answer of the provider's (invalid_grant for a user removed or a grant revoked, invalid_client,
 * a token that does not check out) ends the session. Not reaching it, or its own 5xx, does not: the
 * session goes on, and the next request after the lease asks again.
 */
function unreachable(error: unknown): boolean {
  if (error instanceof client.ResponseBodyError) return error.status >= 500
  if (error instanceof client.WWWAuthenticateChallengeError) return false
  if (error instanceof client.ClientError) {
    const cause: unknown = error.cause
    return cause instanceof Response && cause.status >= 500
  }
  return true
}

/**
 * The recheck with the provider (issue 17): a refresh-token grant every OIDC_RECHECK_MINUTES; the role is
 * read again from what it answers (the refreshed ID token, else userinfo). Refused, or in no group now:
 * the session ends, audited.
 */
export function oidcRecheck(deps: RecheckDeps): SessionCheck {
  const { oidc, provider, store, users, trail, logger, accountIds } = deps
  const end = async (username: string, status: number, why: string) => {
    logger.info({ username, why }, 'company session ended at its recheck')
    await trail(username, 'session.ended-by-provider', status)
    return null
  }
  return async (id, user, now, current) => {
    const claimed = await store.claim(id, now, now + LEASE_MS)
    if (!claimed) return { role: user.role, accounts: current }
    if (!claimed.refreshToken) return end(user.username, 401, 'the provider gave no refresh token')
    let config: client.Configuration
    let tokens: Awaited<ReturnType<typeof client.refreshTokenGrant>>
    let claims: Record<string, unknown>
    try {
      config = await provider.configuration()
      tokens = await client.refreshTokenGrant(config, claimed.refreshToken)
      claims = tokens.claims() ?? (await client.fetchUserInfo(config, tokens.access_token, claimed.sub))
    } catch (error) {
      if (unreachable(error)) {
        logger.warn({ err: error, username: user.username }, 'company sign-in recheck: provider unreachable')
        return { role: user.role, accounts: current }
      }
      logger.warn({ err: error, username: user.username }, 'company sign-in recheck refused')
      return end(user.username, 401, 'the provider refused the refresh')
    }
    if (claims.sub !== claimed.sub) return end(user.username, 401, 'the provider answered for another user')
    const granted = roleFromGroups(claims[oidc.rolesClaim], oidc)
    if (!granted) return end(user.username, 403, 'in no group of the console any more')
    const accounts = accountsFromGroups(claims[oidc.rolesClaim], oidc, accountIds)
    if (accounts.length === 0) return end(user.username, 403, 'in no group of a Lucca account any more')
    // The group is kept even when the role stays: the Users page tells which one gave it.
    await users.updateExternal(user.username, granted.role, granted.group)
    if (granted.role !== user.role) {
      logger.info({ username: user.username, role: granted.role }, 'company user has a new role')
      await trail(user.username, 'user.role', 200, '(company sign-in)')
    }
    await store.renew(
      id,
      { idToken: tokens.id_token, refreshToken: tokens.refresh_token },
      now + oidc.recheckSeconds * 1000,
      accounts,
    )
    return { role: granted.role, accounts }
  }
}
