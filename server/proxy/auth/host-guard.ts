import type { FastifyReply, FastifyRequest } from 'fastify'
import { sendProblem } from '../problem.ts'

// Probes reach a replica by its own address, not the public name.
const PROBES = new Set(['/healthz', '/readyz'])

/**
 * With PUBLIC_ORIGIN set, a request for any other host is refused (421). This closes DNS rebinding
 * (a hostile name resolving to the console's address) and Host-header games.
 */
export function hostGuard(publicOrigin: string) {
  const expected = new URL(publicOrigin).host
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (PROBES.has(request.url)) return
    if (request.host !== expected) return sendProblem(reply, 421, 'Misdirected request')
  }
}

const LOOPBACK_HOST = /^(127(\.\d{1,3}){3}|localhost|\[::1\])(:\d{1,5})?$/i

/**
 * Without PUBLIC_ORIGIN, on a loopback address and not behind a trusted proxy (the `npm start`
 * default), only loopback Host names are served. A DNS-rebinding page (a hostile name re-pointed at
 * 127.0.0.1) otherwise passes the same-origin check, since its Origin matches the Host it sent.
 */
export function loopbackHostGuard() {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (PROBES.has(request.url)) return
    const host = request.headers.host
    // HTTP/1.0 without Host cannot come from a browser, so it cannot be a rebinding page.
    if (host === undefined || LOOPBACK_HOST.test(host)) return
    return sendProblem(reply, 421, 'This console answers on its loopback address only (see PUBLIC_ORIGIN)')
  }
}
