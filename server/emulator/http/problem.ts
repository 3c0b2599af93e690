import { randomBytes } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { components } from '../../../contract/lucca-api'
import { problemTypes } from '../../../contract/problem-types.ts'
import { requestUrl } from './base-url.ts'

type Problem = components['schemas']['Problem']

const validationTitle = 'One or more validation errors occurred.'

export type FieldErrors = Record<string, string[]>

/** Thrown anywhere under /lucca-api; the error handler renders it as application/problem+json. */
export class ProblemError extends Error {
  override name = 'ProblemError'
  constructor(
    readonly status: number,
    readonly detail?: string,
    readonly errors?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? STATUS_CODES[status] ?? 'Error')
  }

  /** Outside /lucca-api (control routes), Fastify's default handler reads the status from here. */
  get statusCode(): number {
    return this.status
  }
}

export function validationError(errors: FieldErrors): ProblemError {
  return new ProblemError(400, undefined, errors)
}

export function fieldError(field: string, message: string): ProblemError {
  return validationError({ [field]: [message] })
}

export function notFound(what: string, id: string): ProblemError {
  return new ProblemError(404, `No ${what} with id "${id}".`)
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProblemError,
): FastifyReply {
  // lucca-api.md §2.6: a failed precondition has an empty body.
  if (problem.status === 412) return reply.code(412).headers(problem.headers).send()
  const kind = problemTypes[problem.status] ?? {
    type: 'about:blank',
    title: STATUS_CODES[problem.status] ?? 'Error',
  }
  const hasErrors = problem.errors !== undefined && Object.keys(problem.errors).length > 0
  const body: Problem = {
    type: kind.type,
    title: hasErrors ? validationTitle : kind.title,
    status: problem.status,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    instance: requestUrl(request),
    ...(hasErrors ? { errors: problem.errors } : {}),
    extensions: { traceId: randomBytes(16).toString('hex') },
  }
  if (problem.status === 401) reply.header('www-authenticate', 'Bearer')
  return reply
    .code(problem.status)
    .headers(problem.headers)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(JSON.stringify(body))
}
