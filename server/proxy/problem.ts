import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyReply } from 'fastify'
import type { ProblemReason } from '../../contract/console-api.ts'
import { problemTypes } from '../../contract/problem-types.ts'
import type { ReceiverProblem } from '../../contract/receiver-url.ts'

interface Problem {
  type: string
  title: string
  status: number
  detail: string
  errors?: Record<string, string[]>
  extensions?: { reason: ProblemReason; requestId?: string; receiver?: ReceiverFinding; cause?: string }
}

/** Which receiver problem the proxy found, and on which host, so the SPA words it in the admin's language. */
interface ReceiverFinding {
  problem: ReceiverProblem
  host: string
}

interface ProblemExtras {
  retryAfterSeconds?: number
  /** Field errors keyed by JSON name, as Lucca sends them, so the SPA shows them under their fields. */
  errors?: Record<string, string[]>
  receiver?: ReceiverFinding
  /** `extensions.cause`: why the connection to Lucca failed (`dns`, `tls`, `invalid_client`, `http-503`…). */
  cause?: string
}

export function problem(
  status: number,
  detail: string,
  reason?: ProblemReason,
  errors?: Problem['errors'],
  receiver?: ReceiverFinding,
  cause?: string,
): Problem {
  const { type, title } = problemTypes[status] ?? { type: 'about:blank', title: 'Error' }
  return {
    type,
    title,
    status,
    detail,
    ...(errors ? { errors } : {}),
    ...(reason
      ? { extensions: { reason, ...(receiver ? { receiver } : {}), ...(cause ? { cause } : {}) } }
      : {}),
  }
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  reason?: ProblemReason,
  extras: ProblemExtras = {},
): FastifyReply {
  if (extras.retryAfterSeconds !== undefined)
    reply.header('retry-after', String(Math.max(1, Math.ceil(extras.retryAfterSeconds))))
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(problem(status, detail, reason, extras.errors, extras.receiver, extras.cause))
}

/**
 * For requests Node's HTTP parser refuses (smuggling shapes, bad methods, header overflow, timeouts):
 * Fastify never sees them, so the problem is written on the socket, which is then closed. No request
 * id exists yet, and nothing from the request is echoed back.
 */
export function writeRawProblem(
  socket: Duplex,
  status: number,
  detail: string,
  headers: Readonly<Record<string, string>>,
): void {
  const body = JSON.stringify(problem(status, detail, 'bad-request'))
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'content-type: application/problem+json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'cache-control: no-store',
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ]
  // Node has already removed its own error listener from a CONNECT socket: without this, a client that
  // resets the connection while the answer is written would throw an uncaught ECONNRESET.
  socket.on('error', () => socket.destroy())
  // Closed once flushed: the rest of what the client sent on this connection is never parsed.
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy())
}
