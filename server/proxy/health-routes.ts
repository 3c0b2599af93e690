import type { FastifyInstance } from 'fastify'
import type { AccountRegistry } from './accounts.ts'

export function healthRoutes(app: FastifyInstance, accounts: AccountRegistry): void {
  app.get('/healthz', async () => ({ status: 'ok' }))

  // Ready when every configured account can get a token (cached tokens make this cheap).
  app.get('/readyz', async (request, reply) => {
    const results = await Promise.allSettled(accounts.all.map((entry) => entry.token.get()))
    const failing = accounts.all
      .filter((_, index) => results[index]?.status === 'rejected')
      .map((e) => e.account.id)
    if (failing.length === 0) return { status: 'ready' }
    request.log.warn({ failing }, 'not ready: no Lucca token')
    return reply.code(503).send({ status: 'unavailable', failingAccounts: failing })
  })
}
