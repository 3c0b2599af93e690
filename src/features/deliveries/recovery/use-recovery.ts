import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { lucca, unwrap } from '../../../lib/lucca-client'
import { deliveryQueries } from '../deliveries-api'
import { planRecovery, type RecoveryCandidate, type RecoveryWindow } from './recovery-plan'
import { runRecovery, type RecoveryProgress } from './recovery-runner'
import { scanDeliveries } from './recovery-scan'

export type RecoveryState =
  | { step: 'idle' }
  | { step: 'scanning'; scanned: number }
  | { step: 'planned'; candidates: RecoveryCandidate[]; scanned: number; truncated: boolean }
  | { step: 'running' | 'done' | 'cancelled'; candidates: RecoveryCandidate[]; progress: RecoveryProgress }
  | { step: 'error'; error: unknown }

/** Count first, then send: nothing is redelivered before the admin has seen how many events it covers. */
export function useRecovery(endpointId: string) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<RecoveryState>({ step: 'idle' })
  const controller = useRef<AbortController | null>(null)

  function start() {
    controller.current?.abort()
    controller.current = new AbortController()
    return controller.current.signal
  }

  async function count(window: RecoveryWindow) {
    const signal = start()
    setState({ step: 'scanning', scanned: 0 })
    try {
      const { rows, truncated } = await scanDeliveries(
        endpointId,
        signal,
        (scanned) => setState({ step: 'scanning', scanned }),
        window.from,
      )
      setState({
        step: 'planned',
        candidates: planRecovery(rows, endpointId, window),
        scanned: rows.length,
        truncated,
      })
    } catch (error) {
      setState(signal.aborted ? { step: 'idle' } : { step: 'error', error })
    }
  }

  async function run(candidates: RecoveryCandidate[]) {
    const signal = start()
    const empty: RecoveryProgress = { done: 0, total: candidates.length, sent: [], errors: [] }
    setState({ step: 'running', candidates, progress: empty })
    const progress = await runRecovery(candidates, {
      signal,
      send: async (eventId) =>
        (
          await unwrap(
            lucca.POST('/lucca-api/webhook-deliveries', {
              body: { webhookEndpoint: { id: endpointId }, event: { id: eventId } },
              signal,
            }),
          )
        ).data,
      onProgress: (next) => setState({ step: 'running', candidates, progress: next }),
    })
    setState({ step: signal.aborted ? 'cancelled' : 'done', candidates, progress })
    await queryClient.invalidateQueries({ queryKey: deliveryQueries.lists() })
  }

  return {
    state,
    count: (window: RecoveryWindow) => void count(window),
    run: (candidates: RecoveryCandidate[]) => void run(candidates),
    cancel: () => controller.current?.abort(),
    reset: () => {
      controller.current?.abort()
      setState({ step: 'idle' })
    },
  }
}
