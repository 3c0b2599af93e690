import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  SignInSchema,
  SwitchAccountSchema,
  type Role,
  type Session,
  type SignOut,
} from '../../../contract/console-api.ts'
import type { AccountRegistry } from '../accounts.ts'
import type { AuditLog, AuditWrite } from '../audit/audit-log.ts'
import type { ProxyConfig } from '../config.ts'
import { sendProblem } from '../problem.ts'
import type { CompanySignIn } from './company-sign-in.ts'
import { providerLogoutUrl } from './oidc-logout.ts'
import type { ActiveSession, SessionService } from './session.ts'
import type { LoginThrottle } from './throttle.ts'
import type { UserStore } from './users-store.ts'

interface SessionDeps {
  sessions: SessionService
  users: UserStore
  throttle: LoginThrottle
  accounts: AccountRegistry
  audit: AuditLog
  company?: CompanySignIn | null | undefined
  localLogin: ProxyConfig['localLogin']
  now?: (() => number) | undefined
}

/** How long the other admins are told the break-glass account signed in. */
const EMERGENCY_NOTICE_MS = 24 * 60 * 60_000

export function sessionRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { sessions, users, throttle, accounts, audit, localLogin } = deps
  // With company sign-in on, password sign-in may be off, or kept for one named break-glass admin.
  const localAllowed = (username: string) =>
    localLogin.mode === 'on' || (localLogin.mode === 'break-glass' && localLogin.username === username)
  const now = deps.now ?? Date.now
  /** The break-glass account's recent sign-in, for the other admins only; it is audited as any sign-in. */
  // Absent unless there is one to tell: with LOCAL_LOGIN on or off the view is as it always was.
  const emergencyFor = async (username: string, role: Role) => {
    if (localLogin.mode !== 'break-glass' || role !== 'admin' || username === localLogin.username) return {}
    const at = await audit.lastSignIn(localLogin.username, new Date(now() - EMERGENCY_NOTICE_MS))
    return at ? { emergencySignIn: { username: localLogin.username, at: at.toISOString() } } : {}
  }
  // A company user sees only the Lucca accounts their groups give (OIDC_ACCOUNT_GROUPS_*); null: every one.
  const view = async (
    username: string,
    role: Role,
    accountId: string,
    allowed: readonly string[] | null = null,
  ): Promise<Session> => ({
    user: { username, role },
    accounts: accounts.publicList().filter((account) => allowed === null || allowed.includes(account.id)),
    activeAccountId: accounts.get(accountId) ? accountId : accounts.defaultId,
    ...(await emergencyFor(username, role)),
  })
  const viewOf = (session: ActiveSession) =>
    view(session.user.username, session.user.role, session.record.accountId, session.accounts)
  // Who signed in, out or failed to: the user is the target, the account the one the session is on.
  const trail = (action: AuditWrite['action'], username: string, accountId: string, status: number) => {
    const account = accounts.get(accountId)?.account ?? accounts.publicList()[0]
    return audit.record({
      username,
      accountId: account?.id ?? accountId,
      accountLabel: account?.label ?? accountId,
      action,
      target: `users/${username}`,
      targetLabel: null,
      status,
    })
  }

  app.get('/api/session', async (request, reply) => {
    const session = await sessions.load(request)
    if (!session) return sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
    return reply.header('cache-control', 'no-store').send(await viewOf(session))
  })

  // Which ways to sign in the sign-in page offers; public, as the page is.
  app.get('/api/session/methods', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ oidc: Boolean(deps.company), local: localLogin.mode }),
  )

  app.post('/api/session', { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const body = SignInSchema.safeParse(request.body)
    if (!body.success) return sendProblem(reply, 400, 'username and password are required')
    if (!localAllowed(body.data.username)) {
      await trail('session.sign-in-failed', body.data.username, accounts.defaultId, 403)
      return sendProblem(reply, 403, 'Sign in with your company account', 'forbidden-role')
    }
    const keys = [`user:${body.data.username.toLowerCase()}`, `ip:${request.ip}`]
    const wait = throttle.retryAfter(keys)
    if (wait !== null)
      return sendProblem(reply, 429, 'Too many failed sign-ins', 'login-throttled', {
        retryAfterSeconds: wait,
      })
    const user = await users.authenticate(body.data.username, body.data.password)
    if (!user) {
      throttle.fail(keys)
      request.log.warn({ username: body.data.username }, 'sign-in failed')
      await trail('session.sign-in-failed', body.data.username, accounts.defaultId, 401)
      // This failure is the one that locks the name or the address out: said once, not at every refusal.
      if (throttle.retryAfter(keys) !== null)
        await trail('session.locked-out', body.data.username, accounts.defaultId, 429)
      return sendProblem(reply, 401, 'Wrong user name or password', 'not-signed-in')
    }
    throttle.clear(`user:${body.data.username.toLowerCase()}`)
    const record = await sessions.start(request, reply, user, accounts.defaultId)
    request.log.info({ username: user.username }, 'signed in')
    await trail('session.sign-in', user.username, record.accountId, 200)
    return reply
      .header('cache-control', 'no-store')
      .send(await view(user.username, user.role, record.accountId))
  })

  app.delete('/api/session', async (request, reply) => {
    const { company } = deps
    // A company session is also signed out at the provider: the SPA goes to its logout URL next.
    const ended = await sessions.end(request, reply, (session) =>
      company ? providerLogoutUrl({ ...company, oidc: company.settings }, session.id) : Promise.resolve(null),
    )
    if (ended)
      await trail('session.sign-out', ended.session.user.username, ended.session.record.accountId, 204)
    reply.header('cache-control', 'no-store')
    const logoutUrl = ended?.before
    return logoutUrl ? reply.code(200).send({ logoutUrl } satisfies SignOut) : reply.code(204).send()
  })

  app.put('/api/session/account', { bodyLimit: 4 * 1024 }, async (request: FastifyRequest, reply) => {
    const session = await sessions.load(request)
    if (!session) return sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
    const body = SwitchAccountSchema.safeParse(request.body)
    if (!body.success || !accounts.get(body.data.accountId)) {
      return sendProblem(reply, 400, 'Unknown account')
    }
    if (session.accounts !== null && !session.accounts.includes(body.data.accountId)) {
      return sendProblem(reply, 403, 'Your groups give no access to this account', 'forbidden-role')
    }
    await sessions.switchAccount(session, body.data.accountId)
    return reply.header('cache-control', 'no-store').send(await viewOf(session))
  })
}
