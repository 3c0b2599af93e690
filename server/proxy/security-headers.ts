import type { FastifyInstance } from 'fastify'

// Mantine sets inline style attributes, hence 'unsafe-inline' for styles only; never for scripts or eval.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** On every answer, including errors and static files (ASVS V3.4). */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', CSP)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'no-referrer')
    reply.header('x-frame-options', 'DENY')
    reply.header('cross-origin-opener-policy', 'same-origin')
    reply.header('cross-origin-resource-policy', 'same-origin')
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    reply.header('x-request-id', request.id)
    reply.removeHeader('server')
    reply.removeHeader('x-powered-by')
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains')
    const url = request.url
    if (url.startsWith('/api') || url.startsWith('/lucca-api') || url === '/healthz' || url === '/readyz') {
      reply.header('cache-control', 'no-store')
    }
    return payload
  })
}
