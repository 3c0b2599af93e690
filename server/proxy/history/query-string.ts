import type { FastifyRequest } from 'fastify'

/** The query without its empty values: `?q=&page=` (placeholders, as a form sends them) means the defaults. */
export const queryOf = (request: FastifyRequest) =>
  Object.fromEntries(Object.entries(request.query ?? {}).filter(([, value]) => value !== ''))
