import type { FastifyReply, FastifyRequest } from 'fastify'
import { sendProblem } from '../problem.ts'

const CSRF_HEADER = 'x-console-request'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A state-changing call must carry `X-Console-Request: 1` (a cross-site form cannot set it, and a
 * cross-site fetch would need CORS, which we never grant) and must come from our own origin.
 */
export function csrfGuard(
  devOrigins: readonly string[],
  publicOrigin: string | null,
  /** POST paths a provider's server calls, with no browser and no session: back-channel logout, when on. */
  serverToServer: readonly string[] = [],
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE_METHODS.has(request.method)) return
    // A signed token in the body is such a call's check (oidc-logout.ts), not an origin it has none of.
    if (request.method === 'POST' && serverToServer.includes(request.url)) return
    if (request.headers[CSRF_HEADER] !== '1') {
      return sendProblem(reply, 403, 'Missing X-Console-Request header', 'csrf')
    }
    if (!sameOrigin(request, devOrigins, publicOrigin))
      return sendProblem(reply, 403, 'Cross-origin request refused', 'csrf')
  }
}

function sameOrigin(request: FastifyRequest, devOrigins: readonly string[], publicOrigin: string | null) {
  const origin = request.headers.origin
  const site = request.headers['sec-fetch-site']
  // An opaque origin ('null': sandboxed frames, data: URLs) is never ours.
  if (typeof origin === 'string') {
    if (devOrigins.includes(origin)) return true
    const own = publicOrigin ?? `${request.protocol}://${request.host}`
    return origin === own && (site === undefined || site === 'same-origin')
  }
  return site === 'same-origin'
}
