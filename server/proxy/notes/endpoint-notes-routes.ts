import type { FastifyInstance, FastifyRequest } from 'fastify'
import { EndpointNotesSchema } from '../../../contract/console-notes-api.ts'
import type { AccountRegistry } from '../accounts.ts'
import type { AuditLog } from '../audit/audit-log.ts'
import type { SessionService } from '../auth/session.ts'
import { sendProblem } from '../problem.ts'
import type { EndpointNotesStore } from './endpoint-notes-store.ts'

interface NotesDeps {
  sessions: SessionService
  accounts: AccountRegistry
  audit: AuditLog
  notes: EndpointNotesStore
}

// Lucca's ids are opaque: any short run of URL-safe characters.
const endpointIdPattern = /^[A-Za-z0-9._~-]{1,128}$/

/** `GET|PUT /api/endpoint-notes/:endpointId`, on the session's account; anyone reads, admins write. */
export function endpointNotesRoutes(app: FastifyInstance, deps: NotesDeps): void {
  const { sessions, accounts, audit, notes } = deps
  const endpointIdOf = (request: FastifyRequest) => {
    const { endpointId } = request.params as { endpointId?: string }
    return endpointId && endpointIdPattern.test(endpointId) ? endpointId : null
  }

  app.get('/api/endpoint-notes/:endpointId', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const endpointId = endpointIdOf(request)
    if (!endpointId) return sendProblem(reply, 400, 'Unknown endpoint', 'bad-request')
    return reply
      .header('cache-control', 'no-store')
      .send(await notes.get(session.record.accountId, endpointId))
  })

  app.put('/api/endpoint-notes/:endpointId', { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const session = await sessions.require(request, reply, 'admin')
    if (!session) return reply
    const endpointId = endpointIdOf(request)
    if (!endpointId) return sendProblem(reply, 400, 'Unknown endpoint', 'bad-request')
    const body = EndpointNotesSchema.safeParse(request.body)
    if (!body.success) {
      const errors: Record<string, string[]> = {}
      for (const issue of body.error.issues) {
        const field = String(issue.path[0] ?? 'body')
        errors[field] = [...(errors[field] ?? []), issue.message]
      }
      return sendProblem(reply, 400, 'Some fields are not valid', 'bad-body', { errors })
    }
    const { accountId } = session.record
    const target = `webhook-endpoints/${endpointId}`
    const account = accounts.get(accountId)?.account
    // One transaction: the notes and their audit row are both saved, or neither (a crash in between).
    const saved = await notes.put(accountId, endpointId, body.data, session.user.username, async (tx) => {
      const trail = audit.in(tx)
      await trail.record({
        username: session.user.username,
        accountId,
        accountLabel: account?.label ?? accountId,
        action: 'endpoint.notes',
        target,
        targetLabel: await trail.labelOf(accountId, target),
        status: 200,
      })
    })
    return reply.header('cache-control', 'no-store').send(saved)
  })
}
