import type { FastifyInstance, FastifyReply } from 'fastify'
import * as client from 'openid-client'
import type { Role } from '../../../contract/console-api.ts'
import type { AccountRegistry } from '../accounts.ts'
import type { AuditLog } from '../audit/audit-log.ts'
import type { ProxyConfig } from '../config.ts'
import type { SessionService } from './session.ts'
import type { UserStore } from './users-store.ts'

type OidcSettings = NonNullable<ProxyConfig['oidc']>

/**
 * The flow's secrets between start and callback (PKCE verifier, state, nonce), in a signed HttpOnly cookie
 * that lives ten minutes. SameSite=Lax: the provider's redirect back is a cross-site top-level navigation.
 */
const FLOW_COOKIE = '__Host-console-oidc'
const FLOW_SECONDS = 600
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

interface OidcDeps {
  oidc: OidcSettings
  sessions: SessionService
  users: UserStore
  accounts: AccountRegistry
  audit: AuditLog
}

/** The role the user's groups give: admin wins over viewer; null when in neither. */
function roleFromGroups(claim: unknown, oidc: OidcSettings): { role: Role; group: string } | null {
  const groups = Array.isArray(claim) ? claim.filter((g) => typeof g === 'string') : []
  const admin = groups.find((group) => oidc.adminGroups.includes(group))
  if (admin !== undefined) return { role: 'admin', group: admin }
  const viewer = groups.find((group) => oidc.viewerGroups.includes(group))
  return viewer !== undefined ? { role: 'viewer', group: viewer } : null
}

/** A plain page for the browser that came back from the provider: there is no SPA state to go back to. */
function page(reply: FastifyReply, status: number, title: string, text: string) {
  const escape = (value: string) =>
    value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
        `<title>${escape(title)}</title><main><h1>${escape(title)}</h1><p>${escape(text)}</p>` +
        `<p><a href="/">Back to the sign-in page</a></p></main></html>`,
    )
}

interface Flow {
  verifier: string
  state: string
  nonce: string
}

function readFlow(value: string | null): Flow | null {
  if (!value) return null
  try {
    const flow = JSON.parse(value) as Partial<Flow>
    const ok = [flow.verifier, flow.state, flow.nonce].every((part) => typeof part === 'string')
    return ok ? (flow as Flow) : null
  } catch {
    return null
  }
}

/** Company sign-in through OpenID Connect (issue 17): authorization code flow with PKCE, openid-client. */
export function oidcRoutes(app: FastifyInstance, deps: OidcDeps): void {
  const { oidc, sessions, users, accounts, audit } = deps
  let discovered: Promise<client.Configuration> | null = null
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
  const trail = (username: string, action: 'session.sign-in' | 'session.sign-in-failed', status: number) => {
    const account = accounts.get(accounts.defaultId)?.account ?? accounts.publicList()[0]
    return audit.record({
      username,
      accountId: account?.id ?? accounts.defaultId,
      accountLabel: account?.label ?? accounts.defaultId,
      action,
      target: `users/${username}`,
      targetLabel: null,
      status,
    })
  }

  app.get('/api/session/oidc/start', async (_request, reply) => {
    const config = await configuration()
    const verifier = client.randomPKCECodeVerifier()
    const state = client.randomState()
    const nonce = client.randomNonce()
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: oidc.redirectUri,
      scope: oidc.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    })
    reply.setCookie(FLOW_COOKIE, JSON.stringify({ verifier, state, nonce }), {
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      signed: true,
      maxAge: FLOW_SECONDS,
    })
    return reply.header('cache-control', 'no-store').redirect(url.href, 302)
  })

  app.get('/api/session/oidc/callback', async (request, reply) => {
    const raw = request.cookies[FLOW_COOKIE]
    const unsigned = raw ? request.unsignCookie(raw) : null
    reply.clearCookie(FLOW_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' })
    const flow = readFlow(unsigned?.valid ? unsigned.value : null)
    if (!flow) {
      await trail('(company sign-in)', 'session.sign-in-failed', 400)
      return page(
        reply,
        400,
        'This sign-in link has expired',
        'Sign-in took too long or was started in another window. Please sign in again.',
      )
    }
    let claims: client.IDToken | undefined
    try {
      const url = new URL(request.url, oidc.redirectUri)
      const tokens = await client.authorizationCodeGrant(await configuration(), url, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      })
      claims = tokens.claims()
    } catch (error) {
      request.log.warn({ err: error }, 'company sign-in refused: the answer did not check out')
      await trail('(company sign-in)', 'session.sign-in-failed', 400)
      return page(
        reply,
        400,
        'Sign-in could not be checked',
        'The answer from your company’s sign-in service did not check out, so nobody was signed in. Please sign in again.',
      )
    }
    if (!claims) throw new Error('no ID token')
    const username = typeof claims.email === 'string' ? claims.email : claims.sub
    const granted = roleFromGroups(claims[oidc.rolesClaim], oidc)
    if (!granted) {
      await trail(username, 'session.sign-in-failed', 403)
      return page(
        reply,
        403,
        'No access to this console',
        'Your account has no access to this console; ask your IT administrator to add you to the right group.',
      )
    }
    const user = await users.upsertExternal(username, granted.role)
    if (!user) {
      await trail(username, 'session.sign-in-failed', 409)
      return page(
        reply,
        409,
        'This name is taken',
        'A local account of this console already has your name; ask your IT administrator.',
      )
    }
    await sessions.start(request, reply, user, accounts.defaultId)
    request.log.info({ username, group: granted.group }, 'signed in through the company provider')
    await trail(username, 'session.sign-in', 200)
    return reply.header('cache-control', 'no-store').redirect('/', 303)
  })
}
