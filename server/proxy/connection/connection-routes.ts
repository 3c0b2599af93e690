import type { FastifyInstance } from 'fastify'
import { ConnectionCheckSchema, type ConnectionCheck } from '../../../contract/console-connection-api.ts'
import type { AccountRegistry } from '../accounts.ts'
import type { SessionService } from '../auth/session.ts'
import { sendProblem } from '../problem.ts'

interface ConnectionDeps {
  sessions: SessionService
  accounts: AccountRegistry
  now?: () => number
}

/**
 * Each check spends two of Lucca's 50 calls a minute: a result younger than this is given again, and
 * admins asking at the same moment share one check.
 */
const REUSE_MS = 10_000

/** `GET /api/accounts/:id/connection-check`, for admins: steps 1–7 of issue 18 for one account. */
export function connectionRoutes(app: FastifyInstance, deps: ConnectionDeps): void {
  const now = deps.now ?? Date.now
  const recent = new Map<string, { at: number; check: Promise<ConnectionCheck> }>()
  app.get<{ Params: { id: string } }>('/api/accounts/:id/connection-check', async (request, reply) => {
    const session = await deps.sessions.require(request, reply, 'admin')
    if (!session) return reply
    const entry = deps.accounts.get(request.params.id)
    if (!entry) return sendProblem(reply, 404, 'No such account', 'bad-request')
    const cached = recent.get(entry.account.id)
    if (cached && now() - cached.at < REUSE_MS)
      return reply.header('cache-control', 'no-store').send(await cached.check)
    const check = entry.checkConnection()
    recent.set(entry.account.id, { at: now(), check })
    const result = await check.catch((error: unknown) => {
      recent.delete(entry.account.id)
      throw error
    })
    if (!result.ok)
      request.log.warn({ account: entry.account.id, failed: failedSteps(result) }, 'connection check failed')
    // What the SPA will parse, checked here first: a malformed step fails in the proxy's tests, not on screen.
    return reply.header('cache-control', 'no-store').send(ConnectionCheckSchema.parse(result))
  })
}

function failedSteps(check: ConnectionCheck): string[] {
  return check.steps.filter((step) => step.status === 'failed').map((step) => `${step.id}:${step.reason}`)
}
