import type { FastifyReply, FastifyRequest } from 'fastify'
import { sendProblem } from '../problem.ts'
import { BACKCHANNEL_LOGOUT_PATH } from './oidc-logout.ts'

const CSRF_HEADER = 'x-console-request'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A state-changing call must carry `X-Console-Request: 1` (a cross-site form cannot set it, and a
 * cross-site fetch would need CORS, which we never grant) and must come from our own origin.
 */
export function csrfGuard(devOrigins: readonly string[], publicOrigin: string | null) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE_METHODS.has(request.method)) return
    // The provider's own server-to-server call: no browser, no session; its signed logout token is the check.
    if (request.method === 'POST' && request.url === BACKCHANNEL_LOGOUT_PATH) return
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
