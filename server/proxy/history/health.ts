import type { EndpointHealth, HealthState } from '../../../contract/console-history-api.ts'

/** How far back health looks, by the deliveries' `created_at`. */
export const HEALTH_WINDOW_MS = 7 * 24 * 3600_000

/** One endpoint's deliveries of the health window, as the grouped query counts them. */
export interface HealthFigures {
  delivered: number
  failed: number
  retrying: number
  lastDeliveryAt: Date | null
  /** When its latest `failed` delivery made its last attempt: compared with lastDeliveryAt. */
  lastFailedAt: Date | null
  lastFailureAt: Date | null
  lastFailureCode: number | null
}

/**
 * The rule the contract states (console-history-api.ts, `healthStates`): `quiet` when nothing was attempted;
 * `failing` when the latest finished delivery failed or fewer than half were delivered; `degraded` when some
 * failed or are being retried; else `healthy`.
 */
export function healthOf(figures: HealthFigures): EndpointHealth {
  const { delivered, failed, retrying, lastDeliveryAt, lastFailedAt } = figures
  const attempted = delivered + failed + retrying
  const successRate = attempted === 0 ? null : delivered / attempted
  const latestFinishedFailed =
    lastFailedAt !== null && (lastDeliveryAt === null || lastFailedAt > lastDeliveryAt)
  const state: HealthState =
    successRate === null
      ? 'quiet'
      : latestFinishedFailed || successRate < 0.5
        ? 'failing'
        : failed + retrying > 0
          ? 'degraded'
          : 'healthy'
  return {
    state,
    delivered,
    failed,
    retrying,
    successRate,
    lastDeliveryAt: lastDeliveryAt?.toISOString() ?? null,
    lastFailureAt: figures.lastFailureAt?.toISOString() ?? null,
    lastFailureCode: figures.lastFailureCode,
  }
}
