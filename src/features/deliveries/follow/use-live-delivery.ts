import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { LuccaEvent, WebhookDelivery, WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { useStreamState } from '../../../lib/live-updates'
import { deliveryQueries } from '../deliveries-api'
import { isFinal, nextPollDelay } from './follow-schedule'
import { isWhole, recordedQuery } from './recorded-delivery'
import { useFollow } from './use-follow'

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
 * One delivery, followed until it is final; the list row and the delivery page follow the same way.
 *
 * The console's history is asked first: a delivery it holds costs Lucca nothing, however many tabs show it.
 * While the stream is live, the server follows the delivery for every tab (`useFollow`) and this tab reads
 * it again from the history each time the stream says it changed. Otherwise (a delivery just sent and not
 * recorded yet, or the stream down) it is followed live at Lucca as before: each look a single call (the
 * attempts, with the delivery and its event embedded when Lucca embeds them), timed by `nextPollDelay`,
 * paused in hidden tabs. A delivery already final is read once.
 */
export function useLiveDelivery(address: string, { withEvent = false } = {}): LiveDelivery {
  const queryClient = useQueryClient()
  const stream = useStreamState()
  const detailOptions = deliveryQueries.detail({ id: address })
  // The history is keyed by Lucca's id, which the address need not be: once the delivery is known, its id.
  const id = queryClient.getQueryData(detailOptions.queryKey)?.id ?? address
  const recorded = useQuery(recordedQuery({ id, address }))
  const detail = useQuery({ ...detailOptions, enabled: recorded.isError })
  const delivery = detail.data
  const fromHistory = stream === 'live' && recorded.isSuccess && isWhole(recorded.data)
  useFollow(delivery, stream === 'live' && delivery !== undefined && !isFinal(delivery))
  const attempts = useQuery({
    ...deliveryQueries.attempts(delivery ?? { id: '' }),
    enabled: delivery !== undefined && !fromHistory,
    refetchInterval: (query) =>
      nextPollDelay(delivery, Date.now(), query.state.error, query.state.dataUpdateCount),
    refetchIntervalInBackground: false,
    // Coming back to the tab shows where things are, but only while there is something to follow.
    refetchOnWindowFocus: () => (delivery ? !isFinal(delivery) : false),
  })
  // After the first look at the attempts, which brings the event when Lucca embeds it, or the history's
  // answer, which brings it when the collector read it: only then is it read on its own.
  const event = useQuery({
    ...deliveryQueries.event(delivery?.event ?? { id: '' }),
    enabled: withEvent && delivery !== undefined && (attempts.isFetchedAfterMount || recorded.isSuccess),
  })
  return {
    delivery,
    attempts: attempts.data ?? [],
    attemptsKnown: attempts.data !== undefined,
    event: event.data,
    error: detail.error ?? attempts.error,
    isPending: detail.isPending,
    refetch: () => {
      void recorded.refetch()
      void detail.refetch()
      void attempts.refetch()
    },
  }
}
