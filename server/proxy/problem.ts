import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyReply } from 'fastify'

type ProblemReason =
  | 'console-budget'
  | 'lucca-rate-limit'
  | 'circuit-open'
  | 'upstream-timeout'
  | 'upstream-error'
  | 'upstream-auth'
  | 'not-signed-in'
  | 'forbidden-role'
  | 'csrf'
  | 'not-allowed'
  | 'bad-path'
  | 'login-throttled'
  | 'bad-request'
  | 'bad-body'
  | 'unreachable-receiver'

interface Problem {
  type: string
  title: string
  status: number
  detail: string
  errors?: Record<string, string[]>
  extensions?: { reason: ProblemReason; requestId?: string }
}

// Same `type` URIs as Lucca (and the emulator), so the SPA maps one error vocabulary.
const TYPES: Record<number, [string, string]> = {
  400: ['https://tools.ietf.org/html/rfc7231#section-6.5.1', 'Bad Request'],
  401: ['https://datatracker.ietf.org/doc/html/rfc7235#section-3.1', 'Unauthorized'],
  403: ['https://tools.ietf.org/html/rfc7231#section-6.5.3', 'Forbidden'],
  404: ['https://tools.ietf.org/html/rfc7231#section-6.5.4', 'Not Found'],
  405: ['https://tools.ietf.org/html/rfc7231#section-6.5.5', 'Method Not Allowed'],
  408: ['https://tools.ietf.org/html/rfc7231#section-6.5.7', 'Request Timeout'],
  413: ['https://tools.ietf.org/html/rfc7231#section-6.5.11', 'Content Too Large'],
  414: ['https://tools.ietf.org/html/rfc7231#section-6.5.12', 'URI Too Long'],
  415: ['https://tools.ietf.org/html/rfc7231#section-6.5.13', 'Unsupported Media Type'],
  417: ['https://tools.ietf.org/html/rfc7231#section-6.5.14', 'Expectation Failed'],
  421: ['https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20', 'Misdirected Request'],
  422: ['https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21', 'Unprocessable Content'],
  429: ['https://tools.ietf.org/html/rfc6585#section-4', 'Too Many Requests'],
  431: ['https://tools.ietf.org/html/rfc6585#section-5', 'Request Header Fields Too Large'],
  500: ['https://tools.ietf.org/html/rfc7231#section-6.6.1', 'Internal Server Error'],
  501: ['https://tools.ietf.org/html/rfc7231#section-6.6.2', 'Not Implemented'],
  502: ['https://tools.ietf.org/html/rfc7231#section-6.6.3', 'Bad Gateway'],
  503: ['https://tools.ietf.org/html/rfc7231#section-6.6.4', 'Service Unavailable'],
  504: ['https://tools.ietf.org/html/rfc7231#section-6.6.5', 'Gateway Timeout'],
  505: ['https://tools.ietf.org/html/rfc7231#section-6.6.6', 'HTTP Version Not Supported'],
}

interface ProblemExtras {
  retryAfterSeconds?: number
  /** Field errors keyed by JSON name, as Lucca sends them, so the SPA shows them under their fields. */
  errors?: Record<string, string[]>
}

export function problem(
  status: number,
  detail: string,
  reason?: ProblemReason,
  errors?: Problem['errors'],
): Problem {
  const [type, title] = TYPES[status] ?? ['about:blank', 'Error']
  return {
    type,
    title,
    status,
    detail,
    ...(errors ? { errors } : {}),
    ...(reason ? { extensions: { reason } } : {}),
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
    .send(problem(status, detail, reason, extras.errors))
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
