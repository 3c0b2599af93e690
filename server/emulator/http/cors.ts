import type { FastifyInstance } from 'fastify'

/** lucca-api.md §2.9 [E]: off by default, like Lucca; EMULATOR_CORS=1 allows any origin, to debug only. */
export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*')
    reply.header('access-control-expose-headers', 'api-version, etag, location, retry-after')
    if (request.method !== 'OPTIONS') return
    return reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST, PATCH, DELETE')
      .header(
        'access-control-allow-headers',
        'authorization, api-version, content-type, if-match, if-none-match',
      )
      .header('access-control-max-age', '600')
      .send()
  })
}
