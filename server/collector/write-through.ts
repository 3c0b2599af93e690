import type { Database } from '../db/database.ts'
import { HistoryWriter, type LuccaDelivery, type LuccaEndpoint } from './history-writer.ts'

export interface ConsoleWrite {
  method: string
  /** The Lucca path the console called, under /lucca-api (e.g. /webhook-endpoints/26). */
  path: string
  status: number
  body: Buffer | null
}

/**
 * What Lucca answered to an admin's own call, written into the history at once, so the list shows a new or
 * changed endpoint and a test just sent without waiting for the collector's next round. Only single
 * resources; the collector's rounds remain the source of everything else. Never throws: the admin's call
 * succeeded whatever happens here.
 */
export async function writeThrough(
  db: Database,
  accountId: string,
  write: ConsoleWrite,
  onError: (error: unknown) => void,
): Promise<void> {
  if (write.status < 200 || write.status > 299) return
  const writer = new HistoryWriter(db, accountId)
  const now = new Date()
  try {
    const collection = write.path.split('/')[1]
    const isItem = write.path.split('/').length === 3
    if (collection === 'webhook-endpoints') {
      if (write.method === 'DELETE' && isItem) return void (await writer.endpointDeleted(write.path, now))
      const endpoint = parse<LuccaEndpoint>(write.body)
      if (endpoint?.type === 'webhook-endpoint') await writer.endpoints([endpoint], now)
    } else if (collection === 'webhook-deliveries') {
      const delivery = parse<LuccaDelivery & { embedded?: { event?: Record<string, never> | null } }>(
        write.body,
      )
      if (delivery?.type === 'webhook-delivery')
        await writer.deliveries([delivery], delivery.embedded?.event ?? {}, now)
    }
  } catch (error) {
    onError(error)
  }
}

function parse<T>(body: Buffer | null): T | null {
  if (!body || body.length === 0) return null
  try {
    return JSON.parse(body.toString('utf8')) as T
  } catch {
    return null
  }
}
