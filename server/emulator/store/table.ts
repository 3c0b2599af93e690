/** The order a collection is listed in: creation (the default, [E]) or `id` ascending (strict mode). */
export type ListOrder = 'creation' | 'id'

/**
 * lucca-api.md §3.2 "most endpoints sort by id ascending": numeric ids by value, other ids as strings after
 * them, so `"9"` < `"10"` < any UUID.
 */
export function compareIds(a: string, b: string): number {
  const numericA = /^\d+$/.test(a)
  const numericB = /^\d+$/.test(b)
  if (numericA !== numericB) return numericA ? -1 : 1
  if (numericA && a.length !== b.length) return a.length - b.length
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A Map of records by id that also groups them by some of their fields (in insertion order) and lists them
 * in the store's order; with 100,000 deliveries a linear scan per attempt or per request is too slow.
 * The grouped fields must not change once a record is stored.
 */
export class Table<V extends { id: string }, G extends string = never> extends Map<string, V> {
  // Arrays, not Maps, per group: one group per event or delivery, 100,000s of them, and removals are rare.
  readonly #indexes: { name: string; keyOf: (value: V) => string; groups: Map<string, V[]> }[]
  readonly #order: ListOrder
  #sorted: V[] | undefined
  #added: V[] = []

  constructor(order: ListOrder, groupBy: Record<G, (value: V) => string>) {
    super()
    this.#order = order
    this.#indexes = Object.entries<(value: V) => string>(groupBy).map(([name, keyOf]) => ({
      name,
      keyOf,
      groups: new Map(),
    }))
  }

  override set(id: string, value: V): this {
    const previous = super.get(id)
    if (previous === value) return this
    // A replaced record keeps its place, as in a Map; only the groups and the sorted list change.
    if (previous) this.#forget(previous)
    super.set(id, value)
    for (const { keyOf, groups } of this.#indexes) {
      const key = keyOf(value)
      const group = groups.get(key)
      if (group) group.push(value)
      else groups.set(key, [value])
    }
    if (this.#sorted) this.#added.push(value)
    return this
  }

  override delete(id: string): boolean {
    const value = super.get(id)
    if (!value) return false
    super.delete(id)
    this.#forget(value)
    return true
  }

  #forget(value: V): void {
    for (const { keyOf, groups } of this.#indexes) {
      const key = keyOf(value)
      const group = groups.get(key) ?? []
      const index = group.indexOf(value)
      if (index >= 0) group.splice(index, 1)
      if (group.length === 0) groups.delete(key)
    }
    this.#sorted = undefined
    this.#added = []
  }

  override clear(): void {
    super.clear()
    for (const { groups } of this.#indexes) groups.clear()
    this.#sorted = undefined
    this.#added = []
  }

  /** The records whose `name` field is `key`, in insertion order. */
  group(name: G, key: string): V[] {
    return (
      this.#indexes
        .find((index) => index.name === name)
        ?.groups.get(key)
        ?.slice() ?? []
    )
  }

  /** Every record in the order the API lists them; callers must not change the array. */
  listed(): readonly V[] {
    if (this.#order === 'creation') return [...this.values()]
    if (!this.#sorted) {
      this.#sorted = sortById([...this.values()])
      this.#added = []
    } else if (this.#added.length > 64) {
      this.#sorted = merge(this.#sorted, sortById(this.#added))
      this.#added = []
    } else {
      // A few new records between two reads (live traffic): insert each in place.
      for (const record of this.#added)
        this.#sorted.splice(insertionIndex(this.#sorted, record.id), 0, record)
      this.#added = []
    }
    return this.#sorted
  }
}

/** compareIds's order, with the numeric ids apart so that each comparison stays a plain string one. */
function sortById<V extends { id: string }>(records: V[]): V[] {
  const numeric: V[] = []
  const other: V[] = []
  for (const record of records) (/^\d+$/.test(record.id) ? numeric : other).push(record)
  numeric.sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  other.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return numeric.concat(other)
}

function insertionIndex(sorted: { id: string }[], id: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareIds(sorted[middle]?.id ?? '', id) < 0) low = middle + 1
    else high = middle
  }
  return low
}

function merge<V extends { id: string }>(left: V[], right: V[]): V[] {
  const merged: V[] = []
  let i = 0
  let j = 0
  while (i < left.length || j < right.length) {
    const a = left[i]
    const b = right[j]
    if (a && (!b || compareIds(a.id, b.id) <= 0)) {
      merged.push(a)
      i += 1
    } else if (b) {
      merged.push(b)
      j += 1
    }
  }
  return merged
}
