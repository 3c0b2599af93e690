import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AlertRuleInputSchema, AlertsQuerySchema } from '../../contract/console-alerts-api.ts'
import type { AuditAction } from '../../contract/console-audit-api.ts'
import type { AccountRegistry } from '../proxy/accounts.ts'
import type { AuditLog } from '../proxy/audit/audit-log.ts'
import type { ActiveSession, SessionService } from '../proxy/auth/session.ts'
import { sendProblem } from '../proxy/problem.ts'
import { queryOf } from '../proxy/history/query-string.ts'
import type { Database } from '../db/database.ts'
import type { AlertStore } from './alert-store.ts'
import type { LocalOutbox } from './local-outbox.ts'

export interface AlertsRouteDeps {
  sessions: SessionService
  accounts: AccountRegistry
  audit: AuditLog
  store: AlertStore
  /** The embedded default's own mailbox and hooks; null elsewhere (the page answers 404). */
  localOutbox: LocalOutbox | null
}

const idPattern = /^[A-Za-z0-9-]{1,64}$/

/** `/api/alerts/...`: anyone signed in reads the account's alerts and rules; admins change them, audited. */
export function alertsRoutes(app: FastifyInstance, deps: AlertsRouteDeps): void {
  const { sessions, store } = deps
  const trail =
    (session: ActiveSession, action: AuditAction, target: string, label: string | null, status: number) =>
    async (tx: Database) => {
      const { accountId } = session.record
      await deps.audit.in(tx).record({
        username: session.user.username,
        accountId,
        accountLabel: deps.accounts.get(accountId)?.account.label ?? accountId,
        action,
        target,
        targetLabel: label,
        status,
      })
    }
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store')

  app.get('/api/alerts', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const query = AlertsQuerySchema.safeParse(queryOf(request))
    if (!query.success) return sendProblem(reply, 400, 'Filters not understood', 'bad-request')
    return noStore(reply).send(await store.alerts(session.record.accountId, query.data))
  })

  app.get('/api/alerts/rules', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    return noStore(reply).send({ items: await store.rules(session.record.accountId) })
  })

  const saveRule = (id: string | null) => async (request: FastifyRequest, reply: FastifyReply) => {
    const session = await sessions.require(request, reply, 'admin')
    if (!session) return reply
    if (id !== null && !idPattern.test(id))
      return sendProblem(reply, 404, 'No such alert rule', 'bad-request')
    const body = AlertRuleInputSchema.safeParse(request.body)
    if (!body.success) {
      const errors: Record<string, string[]> = {}
      for (const issue of body.error.issues) {
        const field = issue.path.map(String).join('.') || 'body'
        errors[field] = [...(errors[field] ?? []), issue.message]
      }
      return sendProblem(reply, 400, 'Some fields are not valid', 'bad-body', { errors })
    }
    const saved = await store.saveRule(
      session.record.accountId,
      id,
      body.data,
      session.user.username,
      (tx, rule) =>
        trail(
          session,
          id ? 'alert-rule.update' : 'alert-rule.create',
          `alert-rules/${rule.id}`,
          rule.name,
          id ? 200 : 201,
        )(tx),
    )
    if (!saved) return sendProblem(reply, 404, 'No such alert rule', 'bad-request')
    return noStore(reply)
      .code(id ? 200 : 201)
      .send(saved)
  }
  app.post('/api/alerts/rules', { bodyLimit: 32 * 1024 }, (request, reply) => saveRule(null)(request, reply))
  app.put('/api/alerts/rules/:id', { bodyLimit: 32 * 1024 }, (request, reply) =>
    saveRule((request.params as { id?: string }).id ?? '')(request, reply),
  )

  app.delete('/api/alerts/rules/:id', async (request, reply) => {
    const session = await sessions.require(request, reply, 'admin')
    if (!session) return reply
    const { id = '' } = request.params as { id?: string }
    const deleted =
      idPattern.test(id) &&
      (await store.deleteRule(session.record.accountId, id, (tx, rule) =>
        trail(session, 'alert-rule.delete', `alert-rules/${rule.id}`, rule.name, 204)(tx),
      ))
    if (!deleted) return sendProblem(reply, 404, 'No such alert rule', 'bad-request')
    return reply.code(204).send()
  })

  app.post('/api/alerts/dispatches/:id/retry', async (request, reply) => {
    const session = await sessions.require(request, reply, 'admin')
    if (!session) return reply
    const { id = '' } = request.params as { id?: string }
    if (!idPattern.test(id) || !(await store.retryNow(session.record.accountId, id)))
      return sendProblem(reply, 404, 'No such message waiting to be sent', 'bad-request')
    return reply.code(204).send()
  })

  app.get('/api/alerts/signing-secret', async (request, reply) => {
    const session = await sessions.require(request, reply, 'admin')
    if (!session) return reply
    return noStore(reply).send(await store.signingSecret(session.record.accountId))
  })

  app.post('/api/alerts/signing-secret/rotate', async (request, reply) => {
    const session = await sessions.require(request, reply, 'admin')
    if (!session) return reply
    const rotated = await store.rotateSigningSecret(
      session.record.accountId,
      trail(session, 'alert-secret.rotate', 'alert-signing-secret', null, 200),
    )
    return noStore(reply).send(rotated)
  })

  app.get('/api/alerts/local-outbox', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    if (!deps.localOutbox)
      return sendProblem(
        reply,
        404,
        'This console sends alerts to real recipients: it has no local outbox',
        'bad-request',
      )
    return noStore(reply).send({ items: deps.localOutbox.items() })
  })
}
