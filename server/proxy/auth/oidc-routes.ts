import type { FastifyInstance, FastifyReply } from 'fastify'
import * as client from 'openid-client'
import type { AccountRegistry } from '../accounts.ts'
import type { CompanySignIn } from './company-sign-in.ts'
import { accountsFromGroups, roleFromGroups } from './oidc-client.ts'
import type { CompanyTrail } from './oidc-trail.ts'
import type { SessionService } from './session.ts'
import type { UserStore } from './users-store.ts'

/**
 * The flow's secrets between start and callback (PKCE verifier, state, nonce), in a signed HttpOnly cookie
 * that lives ten minutes. SameSite=Lax: the provider's redirect back is a cross-site top-level navigation.
 */
const FLOW_COOKIE = '__Host-console-oidc'
const FLOW_SECONDS = 600

interface OidcDeps {
  company: CompanySignIn
  sessions: SessionService
  users: UserStore
  accounts: AccountRegistry
  trail: CompanyTrail
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
  const { company, sessions, users, accounts, trail } = deps
  const oidc = company.settings
  const configuration = () => company.provider.configuration()

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
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>
    try {
      const url = new URL(request.url, oidc.redirectUri)
      tokens = await client.authorizationCodeGrant(await configuration(), url, {
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
    if (!claims || tokens.id_token === undefined) throw new Error('no ID token')
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
    const allowed = accountsFromGroups(
      claims[oidc.rolesClaim],
      oidc,
      accounts.publicList().map((account) => account.id),
    )
    const [firstAllowed] = allowed
    if (firstAllowed === undefined) {
      await trail(username, 'session.sign-in-failed', 403)
      return page(
        reply,
        403,
        'No access to this console',
        'Your account has no access to this console; ask your IT administrator to add you to the group of a Lucca account.',
      )
    }
    const user = await users.upsertExternal(username, granted.role, granted.group)
    if (!user) {
      await trail(username, 'session.sign-in-failed', 409)
      return page(
        reply,
        409,
        'This name is taken',
        'A local account of this console already has your name; ask your IT administrator.',
      )
    }
    // The provider's tokens stay here, with the session: the browser only ever holds the session cookie.
    const accountId = allowed.includes(accounts.defaultId) ? accounts.defaultId : firstAllowed
    await sessions.start(request, reply, user, accountId, {
      sub: claims.sub,
      sid: typeof claims.sid === 'string' ? claims.sid : null,
      idToken: tokens.id_token,
      refreshToken: tokens.refresh_token ?? null,
      recheckSeconds: oidc.recheckSeconds,
      accounts: allowed,
    })
    request.log.info({ username, group: granted.group }, 'signed in through the company provider')
    await trail(username, 'session.sign-in', 200)
    return reply.header('cache-control', 'no-store').redirect('/', 303)
  })
}
