import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { SessionService } from '../auth/session.ts'
import { sendProblem } from '../problem.ts'
import type { AuditLog } from './audit-log.ts'

const QuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/)
    .optional(),
})

export function auditRoutes(app: FastifyInstance, sessions: SessionService, audit: AuditLog): void {
  app.get('/api/audit', async (request, reply) => {
    const session = await sessions.load(request)
    if (!session) return sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
    if (session.user.role !== 'admin') return sendProblem(reply, 403, 'Admins only', 'forbidden-role')
    // `?limit=&before=` (empty placeholders) means the defaults.
    const raw = Object.entries(request.query ?? {}).filter(([, value]) => value !== '')
    const query = QuerySchema.safeParse(Object.fromEntries(raw))
    if (!query.success) return sendProblem(reply, 400, 'limit must be 1..200, before an audit id')
    return reply
      .header('cache-control', 'no-store')
      .send(await audit.list(query.data.limit, query.data.before ?? null))
  })
}
