import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  NewUserSchema,
  RoleChangeSchema,
  AnyUsernameSchema,
  type User,
} from '../../../contract/console-users-api.ts'
import { type AuditAction } from '../../../contract/console-audit-api.ts'
import type { AccountRegistry } from '../accounts.ts'
import type { AuditLog } from '../audit/audit-log.ts'
import type { Database } from '../../db/database.ts'
import { sendProblem } from '../problem.ts'
import { generatePassword } from './passwords.ts'
import type { ActiveSession, SessionService } from './session.ts'
import { handleOf } from './session-store.ts'
import { UserChangeRefused, type UserStore } from './users-store.ts'

interface UsersDeps {
  sessions: SessionService
  users: UserStore
  accounts: AccountRegistry
  audit: AuditLog
}

const handlePattern = /^[0-9a-f]{64}$/

/**
 * The Users page's API, for admins: list users with their sessions, add one (a password shown once),
 * change a role, reset a password, remove, end sessions. Every change is audited, and every change but
 * an addition ends that user's sessions.
 */
export function usersRoutes(app: FastifyInstance, deps: UsersDeps): void {
  const { sessions, users, accounts, audit } = deps

  const admin = (request: FastifyRequest, reply: FastifyReply) => sessions.require(request, reply, 'admin')
  /** The change's audit row, written in the change's own transaction (`tx`) where it has one. */
  const trail =
    (session: ActiveSession, action: AuditAction, username: string, status: number) => (tx?: Database) => {
      const account = accounts.get(session.record.accountId)?.account ?? accounts.publicList()[0]
      return (tx ? audit.in(tx) : audit).record({
        username: session.user.username,
        accountId: account?.id ?? session.record.accountId,
        accountLabel: account?.label ?? session.record.accountId,
        action,
        target: `users/${username}`,
        targetLabel: username,
        status,
      })
    }
  /** Runs a change; a refusal becomes its problem, anything else is the error handler's. */
  const change = async (reply: FastifyReply, run: () => Promise<void>): Promise<boolean> => {
    try {
      await run()
      return true
    } catch (error) {
      if (!(error instanceof UserChangeRefused)) throw error
      const status = error.reason === 'no-such-user' ? 404 : 409
      const reason = error.reason === 'last-admin' ? 'last-admin' : 'conflict'
      sendProblem(reply, status, error.message, error.reason === 'no-such-user' ? 'bad-request' : reason)
      return false
    }
  }
  const usernameOf = (request: FastifyRequest) =>
    AnyUsernameSchema.safeParse((request.params as { username?: unknown }).username)

  app.get('/api/users', async (request, reply) => {
    const session = await admin(request, reply)
    if (!session) return reply
    const [all, active] = await Promise.all([users.list(), sessions.listActive()])
    const current = handleOf(session.id)
    const items: User[] = all.map((user) => ({
      username: user.username,
      role: user.role,
      createdAt: user.createdAt,
      source: user.source,
      roleOrigin: user.roleGroup,
      sessions: (active.get(user.username) ?? []).map((listing) => ({
        id: listing.handle,
        accountId: listing.accountId,
        createdAt: listing.createdAt.toISOString(),
        lastSeenAt: listing.lastSeenAt.toISOString(),
        current: listing.handle === current,
      })),
    }))
    return reply.header('cache-control', 'no-store').send({ items })
  })

  app.post('/api/users', { bodyLimit: 4 * 1024 }, async (request, reply) => {
    const session = await admin(request, reply)
    if (!session) return reply
    const body = NewUserSchema.safeParse(request.body)
    if (!body.success)
      return sendProblem(reply, 400, 'A user name (letters, digits, . _ -) and a role are needed', 'bad-body')
    const password = generatePassword()
    const audited = trail(session, 'user.create', body.data.username, 201)
    if (!(await change(reply, () => users.add(body.data.username, body.data.role, password, audited))))
      return reply
    return reply
      .code(201)
      .header('cache-control', 'no-store')
      .send({ username: body.data.username, password })
  })

  app.put('/api/users/:username/role', { bodyLimit: 4 * 1024 }, async (request, reply) => {
    const session = await admin(request, reply)
    if (!session) return reply
    const username = usernameOf(request)
    const body = RoleChangeSchema.safeParse(request.body)
    if (!username.success || !body.success) return sendProblem(reply, 400, 'A role is needed', 'bad-body')
    const audited = trail(session, 'user.role', username.data, 204)
    if (!(await change(reply, () => users.setRole(username.data, body.data.role, audited)))) return reply
    return reply.code(204).send()
  })

  app.post('/api/users/:username/password', async (request, reply) => {
    const session = await admin(request, reply)
    if (!session) return reply
    const username = usernameOf(request)
    if (!username.success) return sendProblem(reply, 400, 'Unknown user', 'bad-request')
    const password = generatePassword()
    const audited = trail(session, 'user.password', username.data, 200)
    if (!(await change(reply, () => users.setPassword(username.data, password, audited)))) return reply
    return reply.header('cache-control', 'no-store').send({ username: username.data, password })
  })

  app.delete('/api/users/:username', async (request, reply) => {
    const session = await admin(request, reply)
    if (!session) return reply
    const username = usernameOf(request)
    if (!username.success) return sendProblem(reply, 400, 'Unknown user', 'bad-request')
    const audited = trail(session, 'user.remove', username.data, 204)
    if (!(await change(reply, () => users.remove(username.data, audited)))) return reply
    return reply.code(204).send()
  })

  app.delete('/api/users/:username/sessions', async (request, reply) => {
    const session = await admin(request, reply)
    if (!session) return reply
    const username = usernameOf(request)
    if (!username.success) return sendProblem(reply, 400, 'Unknown user', 'bad-request')
    const audited = trail(session, 'user.sessions-end', username.data, 204)
    if (!(await change(reply, () => users.endSessions(username.data, audited)))) return reply
    return reply.code(204).send()
  })

  app.delete('/api/users/:username/sessions/:handle', async (request, reply) => {
    const session = await admin(request, reply)
    if (!session) return reply
    const username = usernameOf(request)
    const { handle } = request.params as { handle?: string }
    if (!username.success || !handle || !handlePattern.test(handle))
      return sendProblem(reply, 400, 'Unknown session', 'bad-request')
    if (!(await sessions.endOne(username.data, handle)))
      return sendProblem(reply, 404, 'This session has ended already', 'bad-request')
    await trail(session, 'user.sessions-end', username.data, 204)()
    return reply.code(204).send()
  })
}
