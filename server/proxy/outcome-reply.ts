import type { FastifyReply } from 'fastify'
import { sendProblem } from './problem.ts'
import type { ForwardOutcome } from './forward.ts'

/** The status `answer` will send for an outcome, known before sending so the audit can be written first. */
export function statusOf(outcome: ForwardOutcome): number {
  switch (outcome.kind) {
    case 'budget':
      return 429
    case 'circuit-open':
      return 503
    case 'timeout':
      return 504
    case 'bad-gateway':
      return 502
    case 'response': {
      const { status } = outcome.response
      return status >= 300 && status < 400 && status !== 304 ? 502 : status
    }
  }
}

/** Turns what happened upstream into the answer the SPA gets; returns the status sent (for the audit). */
export async function answer(reply: FastifyReply, outcome: ForwardOutcome): Promise<number> {
  switch (outcome.kind) {
    case 'budget':
      await sendProblem(
        reply,
        429,
        'The console is pacing its calls to Lucca; retry shortly',
        'console-budget',
        { retryAfterSeconds: outcome.retryAfterSeconds },
      )
      return 429
    case 'circuit-open':
      await sendProblem(reply, 503, 'Lucca is failing; calls are paused', 'circuit-open', {
        retryAfterSeconds: outcome.retryAfterSeconds,
      })
      return 503
    case 'timeout':
      await sendProblem(reply, 504, 'Lucca did not answer in time', 'upstream-timeout')
      return 504
    case 'bad-gateway':
      await sendProblem(
        reply,
        502,
        outcome.detail,
        outcome.reason,
        outcome.cause ? { cause: outcome.cause } : {},
      )
      return 502
    case 'response': {
      const { status, headers, body } = outcome.response
      if (status === 429) {
        await sendProblem(reply, 429, 'Lucca rate limit reached', 'lucca-rate-limit', {
          retryAfterSeconds: retryAfterSeconds(headers['retry-after']),
        })
        return 429
      }
      if (status >= 300 && status < 400 && status !== 304) {
        // Lucca's API never redirects; following or relaying one could steer calls off the pinned host.
        await sendProblem(reply, 502, 'Unexpected redirect from Lucca', 'upstream-error')
        return 502
      }
      reply.code(status).headers(headers).header('cache-control', 'no-store')
      await reply.send(status === 204 || status === 304 ? undefined : body)
      return status
    }
  }
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3); default to Lucca's window. */
function retryAfterSeconds(value: string | undefined): number {
  if (!value) return 60
  if (/^\d+$/.test(value)) return Number(value)
  const date = Date.parse(value)
  return Number.isNaN(date) ? 60 : Math.max(1, Math.ceil((date - Date.now()) / 1000))
}
