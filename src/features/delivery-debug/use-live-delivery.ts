import { useQuery } from '@tanstack/react-query'
import type { LuccaEvent, WebhookDelivery } from '../../lib/lucca-client'
import { deliveryQueries } from './deliveries-api'
import type { DeliveryAttempt } from './diagnosis'
import { isFinal, nextPollDelay } from './follow-schedule'

interface LiveDelivery {
  delivery: WebhookDelivery | undefined
  event: LuccaEvent | null
  attempts: DeliveryAttempt[]
  error: unknown
  isPending: boolean
  refetch: () => void
}

/**
 * One delivery, followed until it is final. Each look is a single call (the attempts, with the delivery
 * embedded), timed by `nextPollDelay`; React Query pauses it in hidden tabs.
 */
export function useLiveDelivery(deliveryId: string): LiveDelivery {
  const detail = useQuery(deliveryQueries.detail(deliveryId))
  const attempts = useQuery({
    ...deliveryQueries.attempts(deliveryId),
    refetchInterval: (query) => {
      const delivery = query.state.data?.delivery ?? detail.data?.delivery
      return nextPollDelay(delivery, Date.now(), query.state.error, query.state.dataUpdateCount)
    },
    refetchIntervalInBackground: false,
    // Coming back to the tab shows where things are, but only while there is something to follow.
    refetchOnWindowFocus: (query) => {
      const delivery = query.state.data?.delivery ?? detail.data?.delivery
      return delivery ? !isFinal(delivery) : false
    },
  })
  const delivery = attempts.data?.delivery ?? detail.data?.delivery
  return {
    delivery,
    event: detail.data?.event ?? attempts.data?.event ?? null,
    attempts: attempts.data?.attempts ?? [],
    error: detail.error ?? attempts.error,
    isPending: detail.isPending,
    refetch: () => {
      void detail.refetch()
      void attempts.refetch()
    },
  }
}
