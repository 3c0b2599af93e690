import type { FastifyInstance } from 'fastify'
import { jwtVerify, type JWTPayload } from 'jose'
import * as client from 'openid-client'
import type { OidcProvider, OidcSettings } from './oidc-client.ts'
import type { OidcSessionStore } from './oidc-session-store.ts'
import type { CompanyTrail } from './oidc-trail.ts'

/** The one route the provider calls itself: no session cookie, no CSRF header (app.ts exempts it in csrf.ts). */
export const BACKCHANNEL_LOGOUT_PATH = '/api/session/oidc/backchannel-logout'
const LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout'
// A logout token is sent at once; an old one is a replay (it could end a later session of the same user).
const MAX_TOKEN_AGE = '5 minutes'

interface LogoutDeps {
  oidc: OidcSettings
  provider: OidcProvider
  store: OidcSessionStore
  trail: CompanyTrail
}

/**
 * RP-initiated logout: the provider's sign-out URL for the session about to end, with its ID token as the
 * hint and the console's start page to come back to; null when the provider has no end_session_endpoint
 * (or cannot be reached now: the console's own sign-out must not wait on it).
 */
export async function providerLogoutUrl(
  deps: Omit<LogoutDeps, 'trail'>,
  sessionId: string,
): Promise<string | null> {
  const found = await deps.store.find(sessionId)
  if (!found) return null
  const config = await deps.provider.configuration().catch(() => null)
  if (!config?.serverMetadata().end_session_endpoint) return null
  return client.buildEndSessionUrl(config, {
    id_token_hint: found.idToken,
    post_logout_redirect_uri: deps.oidc.postLogoutRedirectUri,
  }).href
}

/** The claims of a valid logout token (Back-Channel Logout 1.0 §2.6), or null. */
async function verifyLogoutToken(deps: LogoutDeps, token: string): Promise<JWTPayload | null> {
  try {
    const config = await deps.provider.configuration()
    const { payload } = await jwtVerify(token, await deps.provider.keys(), {
      issuer: config.serverMetadata().issuer,
      audience: deps.oidc.clientId,
      requiredClaims: ['iat', 'jti', 'events'],
      maxTokenAge: MAX_TOKEN_AGE,
    })
    const events = payload.events as Record<string, unknown> | undefined
    const event = events?.[LOGOUT_EVENT]
    const named = typeof payload.sid === 'string' || typeof payload.sub === 'string'
    if (typeof event !== 'object' || event === null || 'nonce' in payload || !named) return null
    return payload
  } catch {
    return null
  }
}

/** OpenID Connect Back-Channel Logout 1.0: the provider posts a signed logout token; its sessions end. */
export async function backchannelLogoutRoute(app: FastifyInstance, deps: LogoutDeps): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_request, body, done) => done(null, new URLSearchParams(String(body))),
    )
    scope.post(BACKCHANNEL_LOGOUT_PATH, async (request, reply) => {
      reply.header('cache-control', 'no-store')
      const token = request.body instanceof URLSearchParams ? request.body.get('logout_token') : null
      const claims = token ? await verifyLogoutToken(deps, token) : null
      if (!claims) {
        request.log.warn('back-channel logout refused: the logout token did not check out')
        await deps.trail('(company sign-out)', 'session.ended-by-provider', 400)
        return reply.code(400).send({ error: 'invalid_request' })
      }
      const ended = await deps.store.endMatching({
        sub: typeof claims.sub === 'string' ? claims.sub : undefined,
        sid: typeof claims.sid === 'string' ? claims.sid : undefined,
      })
      request.log.info({ sessions: ended.length }, 'back-channel logout from the company provider')
      for (const username of ended) await deps.trail(username, 'session.ended-by-provider', 200)
      return reply.code(200).send()
    })
  })
}
