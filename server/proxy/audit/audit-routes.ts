import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  AuditFiltersSchema,
  AuditQuerySchema,
  type AuditEntry,
  type AuditPage,
} from '../../../contract/console-audit-api.ts'
import type { SessionService } from '../auth/session.ts'
import { csvCell } from '../csv-cell.ts'
import { sendProblem } from '../problem.ts'
import type { AuditLog } from './audit-log.ts'

const columns = ['at', 'username', 'accountLabel', 'action', 'target', 'targetLabel', 'status'] as const

export function auditRoutes(app: FastifyInstance, sessions: SessionService, audit: AuditLog): void {
  const admin = (request: FastifyRequest, reply: FastifyReply) => sessions.require(request, reply, 'admin')
  // `?limit=&before=` (empty placeholders) means the defaults.
  const queryOf = (request: FastifyRequest) =>
    Object.fromEntries(Object.entries(request.query ?? {}).filter(([, value]) => value !== ''))

  app.get('/api/audit', async (request, reply) => {
    if (!(await admin(request, reply))) return reply
    const query = AuditQuerySchema.safeParse(queryOf(request))
    if (!query.success) return sendProblem(reply, 400, 'Filters not understood', 'bad-request')
    const { limit, before, ...filters } = query.data
    const page: AuditPage = {
      ...(await audit.list(filters, limit, before ?? null)),
      retentionDays: audit.retentionDays,
    }
    return reply.header('cache-control', 'no-store').send(page)
  })

  app.get('/api/audit.csv', async (request, reply) => {
    if (!(await admin(request, reply))) return reply
    const filters = AuditFiltersSchema.safeParse(queryOf(request))
    if (!filters.success) return sendProblem(reply, 400, 'Filters not understood', 'bad-request')
    const rows = Readable.from(audit.all(filters.data), { objectMode: true }).map((entry: AuditEntry) =>
      columns.map((column) => csvCell(entry[column])),
    )
    const day = new Date().toISOString().slice(0, 10)
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="console-audit-${day}.csv"`)
      .send(rows.pipe(stringify({ bom: true, header: true, columns: [...columns] })))
  })
}
