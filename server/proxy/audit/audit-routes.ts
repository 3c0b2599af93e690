import type { FastifyInstance } from 'fastify'
import { AuditQuerySchema } from '../../../contract/console-api.ts'
import type { SessionService } from '../auth/session.ts'
import { sendProblem } from '../problem.ts'
import type { AuditLog } from './audit-log.ts'

export function auditRoutes(app: FastifyInstance, sessions: SessionService, audit: AuditLog): void {
  app.get('/api/audit', async (request, reply) => {
    const session = await sessions.load(request)
    if (!session) return sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
    if (session.user.role !== 'admin') return sendProblem(reply, 403, 'Admins only', 'forbidden-role')
    // `?limit=&before=` (empty placeholders) means the defaults.
    const raw = Object.entries(request.query ?? {}).filter(([, value]) => value !== '')
    const query = AuditQuerySchema.safeParse(Object.fromEntries(raw))
    if (!query.success) return sendProblem(reply, 400, 'limit must be 1..200, before an audit id')
    return reply
      .header('cache-control', 'no-store')
      .send(await audit.list(query.data.limit, query.data.before ?? null))
  })
}
