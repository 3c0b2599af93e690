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
  "base-uri 'none'", // the SPA has no <base>: its URLs are root-absolute (bench/bundle-budget.test.ts)
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The fixed part, also written by hand on answers Node's parser refuses before Fastify sees them. */
export const FIXED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}

/** On every answer, including errors and static files (ASVS V3.4). */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(FIXED_SECURITY_HEADERS)
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
