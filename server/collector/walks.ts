/**
 * A walk reads one Lucca list from its first page to its last by following `links.next`; a round is one
 * walk of each list. With ids in Lucca's default order (id ascending) and deliveries with UUID ids, a new
 * delivery can land on any page, so every round reads every page again (If-None-Match makes an unchanged
 * page cheap to answer, not free: it still counts in Lucca's budget). ADR 0012 gives the cost.
 */
export type WalkName = 'endpoints' | 'deliveries' | 'attempts'

export interface PageRecord {
  etag: string | null
  count: number
  next: string | null
  /** Endpoints only: who was on it, still there when Lucca answers 304. */
  ids?: string[]
}

interface Walk {
  /** The page to read next in this round; null: its first page. */
  next: string | null
  /** Items read in this round so far. */
  read: number
  /** Items in the last complete walk of this list: the measure of progress. */
  lastTotal: number | null
  done: boolean
  /** By page URL, from the last time it was read, for If-None-Match and its 304. */
  pages: Record<string, PageRecord>
}

export type Walks = Record<WalkName, Walk>

const names: readonly WalkName[] = ['endpoints', 'deliveries', 'attempts']

/** A new round: every list from its first page, keeping what each page was last time. */
export function freshWalks(previous?: Walks): Walks {
  const fresh = (name: WalkName): Walk => ({
    next: null,
    read: 0,
    lastTotal: previous?.[name].lastTotal ?? null,
    done: false,
    pages: previous?.[name].pages ?? {},
  })
  return { endpoints: fresh('endpoints'), deliveries: fresh('deliveries'), attempts: fresh('attempts') }
}

/**
 * Endpoints first (few pages; a suspension matters most), then deliveries and attempts side by side, the
 * one further behind first, so both lists end their walk at about the same time.
 */
export function nextWalk(walks: Walks): WalkName | null {
  if (!walks.endpoints.done) return 'endpoints'
  const open = names.filter((name) => !walks[name].done)
  if (open.length === 0) return null
  return open.reduce((best, name) => (share(walks[name]) < share(walks[best]) ? name : best))
}

export function isRoundDone(walks: Walks): boolean {
  return names.every((name) => walks[name].done)
}

/** Share of the round read, 0–1, weighted by each list's size the last time; null before any estimate. */
export function walkProgress(walks: Walks): number | null {
  let read = 0
  let total = 0
  for (const name of names) {
    const walk = walks[name]
    const size = walk.done ? walk.read : Math.max(walk.lastTotal ?? 0, walk.read)
    read += walk.done ? walk.read : Math.min(walk.read, size)
    total += size
  }
  if (total === 0) return walks.endpoints.done ? null : 0
  return Math.min(1, read / total)
}

function share(walk: Walk): number {
  return walk.lastTotal ? walk.read / walk.lastTotal : walk.read / 100
}
