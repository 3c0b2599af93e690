import type { RecoveryCandidate } from './recovery-plan'
import { sleep, withRateLimitRetry } from './paced'

export interface RecoveryProgress {
  done: number
  total: number
  sent: { eventId: string; deliveryId: string }[]
  errors: { eventId: string; error: unknown }[]
}

export interface RunOptions {
  send: (eventId: string) => Promise<{ id: string }>
  signal: AbortSignal
  onProgress: (progress: RecoveryProgress) => void
  /** Gap between two redeliveries. The default, 2 s (30 a minute), leaves room under Lucca's 50 a minute. */
  intervalMs?: number
  wait?: (ms: number, signal: AbortSignal) => Promise<void>
}

/** Redelivers one event at a time, paced; cancelling stops before the next one. Resolves with what was done. */
export async function runRecovery(
  candidates: RecoveryCandidate[],
  options: RunOptions,
): Promise<RecoveryProgress> {
  const { send, signal, onProgress, intervalMs = 2000, wait = sleep } = options
  const progress: RecoveryProgress = { done: 0, total: candidates.length, sent: [], errors: [] }
  for (const [index, candidate] of candidates.entries()) {
    if (signal.aborted) break
    try {
      if (index > 0) await wait(intervalMs, signal)
      const delivery = await withRateLimitRetry(() => send(candidate.eventId), signal, wait)
      progress.sent.push({ eventId: candidate.eventId, deliveryId: delivery.id })
    } catch (error) {
      if (signal.aborted) break
      progress.errors.push({ eventId: candidate.eventId, error })
    }
    progress.done += 1
    onProgress({ ...progress, sent: [...progress.sent], errors: [...progress.errors] })
  }
  return progress
}
