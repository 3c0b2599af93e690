import { useQuery } from '@tanstack/react-query'
import { isApiError } from '../../../lib/api-error'
import { addressOf } from '../../../lib/lucca-client'
import { endpointQueries, type EndpointDetail } from '../endpoints-api'
import { isTwinOf, replacedAddress } from './rotation-state'

/** What a read of the other endpoint came to: its detail, null when Lucca no longer has it. */
function settled(query: { data?: EndpointDetail | undefined; error: unknown; isPending: boolean }) {
  if (isApiError(query.error, 404)) return null
  return query.data
}

/**
 * The old endpoint and its twin, read from Lucca, whichever of the two the page was opened on. From the
 * twin, its name gives the old one's address; from the old one, the console's history finds the twin (a
 * search that costs Lucca nothing), which is then read from Lucca itself.
 */
export function useRotationPair(address: string) {
  const here = useQuery(endpointQueries.detail(address))
  const endpoint = here.data?.endpoint
  const replaced = endpoint ? replacedAddress(endpoint) : null
  const old = useQuery({ ...endpointQueries.detail(replaced ?? ''), enabled: replaced !== null })
  const search = useQuery({
    ...endpointQueries.list({ q: endpoint?.webhookUrl ?? '', pageSize: 100 }),
    enabled: !!endpoint && replaced === null,
  })
  const found = endpoint && search.data?.items.find((item) => isTwinOf(item, endpoint))
  const twin = useQuery({ ...endpointQueries.detail(found ? addressOf(found) : ''), enabled: !!found })

  const other = replaced ? old : found ? twin : search
  const error = here.error ?? (isApiError(other.error, 404) ? null : other.error)
  if (error)
    return { status: 'error', error, retry: () => void (here.error ? here : other).refetch() } as const
  if (!here.data || other.isPending) return { status: 'pending' } as const
  const mine = here.data
  if (replaced) return { status: 'ready', old: settled(old) ?? null, twin: mine } as const
  return { status: 'ready', old: mine, twin: (found && settled(twin)) || null } as const
}
