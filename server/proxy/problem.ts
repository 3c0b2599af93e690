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
  413: ['https://tools.ietf.org/html/rfc7231#section-6.5.11', 'Content Too Large'],
  414: ['https://tools.ietf.org/html/rfc7231#section-6.5.12', 'URI Too Long'],
  415: ['https://tools.ietf.org/html/rfc7231#section-6.5.13', 'Unsupported Media Type'],
  421: ['https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20', 'Misdirected Request'],
  429: ['https://tools.ietf.org/html/rfc6585#section-4', 'Too Many Requests'],
  431: ['https://tools.ietf.org/html/rfc6585#section-5', 'Request Header Fields Too Large'],
  500: ['https://tools.ietf.org/html/rfc7231#section-6.6.1', 'Internal Server Error'],
  502: ['https://tools.ietf.org/html/rfc7231#section-6.6.3', 'Bad Gateway'],
  503: ['https://tools.ietf.org/html/rfc7231#section-6.6.4', 'Service Unavailable'],
  504: ['https://tools.ietf.org/html/rfc7231#section-6.6.5', 'Gateway Timeout'],
}

function problem(status: number, detail: string, reason?: ProblemReason): Problem {
  const [type, title] = TYPES[status] ?? ['about:blank', 'Error']
  return { type, title, status, detail, ...(reason ? { extensions: { reason } } : {}) }
}

export function sendProblem(
  reply: FastifyReply,
  status: number,
  detail: string,
  reason?: ProblemReason,
  retryAfterSeconds?: number,
): FastifyReply {
  if (retryAfterSeconds !== undefined)
    reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds))))
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(problem(status, detail, reason))
}
