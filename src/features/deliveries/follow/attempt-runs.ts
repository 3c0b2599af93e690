import type { WebhookDeliveryAttempt } from '../../../lib/lucca-client'

/** Consecutive attempts that failed the same way: one line on the timeline instead of five. */
export interface AttemptRun {
  /** 1-based numbers of the first and last attempt of the run. */
  first: number
  last: number
  attempts: WebhookDeliveryAttempt[]
}

function sameFailure(a: WebhookDeliveryAttempt, b: WebhookDeliveryAttempt): boolean {
  return (
    !a.isSuccessful &&
    !b.isSuccessful &&
    a.responseStatusCode === b.responseStatusCode &&
    (a.errorResponseBody ?? '') === (b.errorResponseBody ?? '')
  )
}

/** Groups runs of identical failed attempts; a success or a different answer starts a new run. */
export function attemptRuns(attempts: WebhookDeliveryAttempt[]): AttemptRun[] {
  const runs: AttemptRun[] = []
  attempts.forEach((attempt, index) => {
    const current = runs.at(-1)
    const previous = current?.attempts.at(-1)
    if (current && previous && sameFailure(previous, attempt)) {
      current.attempts.push(attempt)
      current.last = index + 1
    } else runs.push({ first: index + 1, last: index + 1, attempts: [attempt] })
  })
  return runs
}
