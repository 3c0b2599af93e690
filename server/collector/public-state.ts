import type { HistoryStatus } from '../../contract/console-history-api.ts'

/**
 * What the collector writes of itself in `collector_state.state` (beside its private cursors, under
 * `walks`), so that any replica can tell the admins how fresh the history is and what the collector spends,
 * whichever replica collects.
 */
export interface CollectorPublicState {
  phase: HistoryStatus['collector']['state']
  /** ISO time the whole account was last read through. */
  updatedAt: string | null
  progress: number | null
  reason: string | null
  /** What failed in the connection to Lucca, when that is why it paused (`dns`, `invalid_client`…). */
  cause?: string | null
  /** The collector's Lucca calls in the 60 s before `writtenAt`. */
  callsLastMinute: number
  writtenAt: string
}

export function publicStateOf(state: unknown): CollectorPublicState | null {
  if (typeof state !== 'object' || state === null || !('public' in state)) return null
  return state.public as CollectorPublicState
}
