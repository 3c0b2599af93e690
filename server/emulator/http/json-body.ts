import type { FastifyInstance } from 'fastify'
import { fieldError } from './problem.ts'

/** JSON bodies only; an empty body is "no body" (POST /webhook-deliveries?webhookEndpoint.id=… sends none). */
export function acceptJsonOnly(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body)
    if (text.trim() === '') return done(null, undefined)
    try {
      done(null, JSON.parse(text))
    } catch {
      done(fieldError('body', 'The request body is not valid JSON.'))
    }
  })
}
