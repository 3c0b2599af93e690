import { problemReasons, type ProblemReason } from '../../contract/console-api'

/** What the SPA knows about a failed call: proxy and Lucca both answer problem+json, so one shape covers both. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    /** `extensions.reason` from the proxy (contract/console-api.ts): console-budget, circuit-open… */
    readonly reason: ProblemReason | null = null,
    /** Seconds from `Retry-After`, when the answer was a 429. */
    readonly retryAfter: number | null = null,
    /** `extensions.receiver` of an `unreachable-receiver` refusal: which problem the proxy found, on which host. */
    readonly receiver: { problem: string; host: string } | null = null,
    /** `extensions.cause` from the proxy: why the connection to Lucca failed (`dns`, `invalid_client`…). */
    readonly connectionCause: string | null = null,
  ) {
    super(message)
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Lucca keys field errors by JSON name (`webhookUrl`, `topics[2]`); forms want the first message per field. */
function fieldErrorsOf(errors: unknown): Record<string, string> {
  if (!isRecord(errors)) return {}
  const fields: Record<string, string> = {}
  for (const [key, messages] of Object.entries(errors)) {
    const first = Array.isArray(messages) ? messages.find((m) => typeof m === 'string') : messages
    if (typeof first !== 'string') continue
    const field = key.replace(/\[\d+\]$/, '')
    fields[field] ??= first
  }
  return fields
}

export function toApiError(response: Response, payload: unknown): ApiError {
  const problem = isRecord(payload) ? payload : {}
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null)
  const message = text(problem.detail) ?? text(problem.title) ?? `HTTP ${response.status}`
  const extensions = isRecord(problem.extensions) ? problem.extensions : {}
  const given = text(extensions.reason) ?? text(problem.reason)
  const reason = problemReasons.find((known) => known === given) ?? null
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10)
  const receiver = isRecord(extensions.receiver) ? extensions.receiver : {}
  const receiverProblem = text(receiver.problem)
  return new ApiError(
    response.status,
    message,
    fieldErrorsOf(problem.errors),
    reason,
    Number.isFinite(retryAfter) ? retryAfter : null,
    receiverProblem ? { problem: receiverProblem, host: text(receiver.host) ?? '' } : null,
    text(extensions.cause),
  )
}
