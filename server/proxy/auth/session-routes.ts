import type { FastifyInstance, FastifyRequest } from 'fastify'
import { SignInSchema, SwitchAccountSchema, type Role, type Session } from '../../../contract/console-api.ts'
import type { AccountRegistry } from '../accounts.ts'
import { sendProblem } from '../problem.ts'
import type { ActiveSession, SessionService } from './session.ts'
import type { LoginThrottle } from './throttle.ts'
import type { UserStore } from './users-store.ts'

interface SessionDeps {
  sessions: SessionService
  users: UserStore
  throttle: LoginThrottle
  accounts: AccountRegistry
}

export function sessionRoutes(app: FastifyInstance, deps: SessionDeps): void {
  const { sessions, users, throttle, accounts } = deps
  const view = (username: string, role: Role, accountId: string): Session => ({
    user: { username, role },
    accounts: accounts.publicList(),
    activeAccountId: accounts.get(accountId) ? accountId : accounts.defaultId,
  })
  const viewOf = (session: ActiveSession) =>
    view(session.user.username, session.user.role, session.record.accountId)

  app.get('/api/session', async (request, reply) => {
    const session = await sessions.load(request)
    if (!session) return sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
    return reply.header('cache-control', 'no-store').send(viewOf(session))
  })

  app.post('/api/session', { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const body = SignInSchema.safeParse(request.body)
    if (!body.success) return sendProblem(reply, 400, 'username and password are required')
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
      return sendProblem(reply, 401, 'Wrong user name or password', 'not-signed-in')
    }
    throttle.clear(`user:${body.data.username.toLowerCase()}`)
    const record = await sessions.start(request, reply, user, accounts.defaultId)
    request.log.info({ username: user.username }, 'signed in')
    return reply.header('cache-control', 'no-store').send(view(user.username, user.role, record.accountId))
  })

  app.delete('/api/session', async (request, reply) => {
    await sessions.end(request, reply)
    return reply.code(204).header('cache-control', 'no-store').send()
  })

  app.put('/api/session/account', { bodyLimit: 4 * 1024 }, async (request: FastifyRequest, reply) => {
    const session = await sessions.load(request)
    if (!session) return sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
    const body = SwitchAccountSchema.safeParse(request.body)
    if (!body.success || !accounts.get(body.data.accountId)) {
      return sendProblem(reply, 400, 'Unknown account')
    }
    await sessions.switchAccount(session, body.data.accountId)
    return reply.header('cache-control', 'no-store').send(viewOf(session))
  })
}
