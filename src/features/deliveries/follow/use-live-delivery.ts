import { useQuery } from '@tanstack/react-query'
import type { LuccaEvent, WebhookDelivery, WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { deliveryQueries } from '../deliveries-api'
import { isFinal, nextPollDelay } from './follow-schedule'

interface LiveDelivery {
  delivery: WebhookDelivery | undefined
  attempts: WebhookDeliveryAttempt[]
  /** Whether `attempts` is what Lucca said (or known to be none), not merely not read yet. */
  attemptsKnown: boolean
  /** The event, once read; null when it could not be (past retention); undefined while unknown. */
  event: LuccaEvent | null | undefined
  error: unknown
  isPending: boolean
  refetch: () => void
}

/**
 * One delivery, followed until it is final; the list row and the delivery page follow the same way. Each
 * look is a single call (the attempts, with the delivery and its event embedded when Lucca embeds them),
 * timed by `nextPollDelay`, and paused in hidden tabs. A delivery already final is read once.
 */
export function useLiveDelivery(address: string, { withEvent = false } = {}): LiveDelivery {
  const detail = useQuery(deliveryQueries.detail({ id: address }))
  const delivery = detail.data
  const attempts = useQuery({
    ...deliveryQueries.attempts(delivery ?? { id: '' }),
    enabled: delivery !== undefined,
    refetchInterval: (query) =>
      nextPollDelay(delivery, Date.now(), query.state.error, query.state.dataUpdateCount),
    refetchIntervalInBackground: false,
    // Coming back to the tab shows where things are, but only while there is something to follow.
    refetchOnWindowFocus: () => (delivery ? !isFinal(delivery) : false),
  })
  // After the first look at the attempts, which brings the event when Lucca embeds it: only then is it
  // read on its own.
  const event = useQuery({
    ...deliveryQueries.event(delivery?.event ?? { id: '' }),
    enabled: withEvent && delivery !== undefined && attempts.isFetchedAfterMount,
  })
  return {
    delivery,
    attempts: attempts.data ?? [],
    attemptsKnown: attempts.data !== undefined,
    event: event.data,
    error: detail.error ?? attempts.error,
    isPending: detail.isPending,
    refetch: () => {
      void detail.refetch()
      void attempts.refetch()
    },
  }
}
