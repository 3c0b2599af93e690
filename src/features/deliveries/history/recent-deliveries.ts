/**
 * Deliveries this browser sent (tests, redeliveries), newest first, so an admin who leaves the page finds
 * them again. Only ids and labels: nothing secret, nothing Lucca would not show to any viewer.
 */
export interface RecentDelivery {
  deliveryId: string
  /** Where the delivery page finds it (its `url`'s last segment); entries stored before it had the id only. */
  address?: string
  endpointId: string
  kind: 'test' | 'redelivery'
  sentAt: string
}

const storageKey = 'console.recentDeliveries'
const keep = 20

function isRecent(value: unknown): value is RecentDelivery {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    typeof record.deliveryId === 'string' &&
    (record.address === undefined || typeof record.address === 'string') &&
    typeof record.endpointId === 'string' &&
    (record.kind === 'test' || record.kind === 'redelivery') &&
    typeof record.sentAt === 'string'
  )
}

export function readRecentDeliveries(): RecentDelivery[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(storageKey) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter(isRecent) : []
  } catch {
    return [] // a corrupt entry must not break the page
  }
}

export function rememberDelivery(entry: RecentDelivery) {
  const others = readRecentDeliveries().filter((item) => item.deliveryId !== entry.deliveryId)
  globalThis.localStorage?.setItem(storageKey, JSON.stringify([entry, ...others].slice(0, keep)))
}
