import type { Database } from '../../db/database.ts'

// A tab renews its follow every minute while it watches; two minutes leave room for one late renewal.
const FOLLOW_MS = 2 * 60_000
const DELIVERIES_PATH = '/lucca-api/webhook-deliveries/'

/**
 * The collector reads what `url` names with the console's credentials, so a tab may only name one of the
 * account's own deliveries: an absolute URL on the account's Lucca origin, `/lucca-api/webhook-deliveries/{id}`
 * with that same id, and nothing else (no credentials, query or fragment). Null when it is; else why not.
 */
export function refuseFollowUrl(url: string, id: string, apiOrigin: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'Give the delivery’s absolute URL, as Lucca gave it'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return 'Only an http(s) URL can be followed'
  if (parsed.origin !== apiOrigin || parsed.username !== '' || parsed.password !== '')
    return 'This URL is not on the account’s Lucca'
  // The parser has already resolved dot segments, so the prefix cannot be walked out of.
  if (
    parsed.pathname !== `${DELIVERIES_PATH}${encodeURIComponent(id)}` ||
    parsed.search !== '' ||
    parsed.hash !== ''
  )
    return 'This URL does not name this delivery'
  return null
}

/** Tabs that follow a delivery (a test just sent): the collector reads it once per look for all of them. */
export class Follows {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async follow(accountId: string, deliveryId: string, url: string): Promise<void> {
    const until = new Date(this.now() + FOLLOW_MS)
    await this.db
      .insertInto('followed_deliveries')
      .values({ account_id: accountId, delivery_id: deliveryId, url, until })
      .onConflict((conflict) => conflict.columns(['account_id', 'delivery_id']).doUpdateSet({ url, until }))
      .execute()
  }
}
