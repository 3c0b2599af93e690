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
