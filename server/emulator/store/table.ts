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
  readonly #groupBy: [string, (value: V) => string][]
  readonly #groups = new Map<string, Map<string, Map<string, V>>>()
  readonly #order: ListOrder
  #sorted: V[] | undefined
  #added: V[] = []

  constructor(order: ListOrder, groupBy: Record<G, (value: V) => string>) {
    super()
    this.#order = order
    this.#groupBy = Object.entries(groupBy)
  }

  override set(id: string, value: V): this {
    const previous = super.get(id)
    if (previous === value) return this
    if (previous) this.delete(id)
    super.set(id, value)
    for (const [name, keyOf] of this.#groupBy) {
      const groups = this.#groupsOf(name)
      const key = keyOf(value)
      const group = groups.get(key) ?? new Map<string, V>()
      group.set(id, value)
      groups.set(key, group)
    }
    if (this.#sorted) this.#added.push(value)
    return this
  }

  override delete(id: string): boolean {
    const value = super.get(id)
    if (!value) return false
    super.delete(id)
    for (const [name, keyOf] of this.#groupBy) {
      const groups = this.#groupsOf(name)
      const key = keyOf(value)
      groups.get(key)?.delete(id)
      if (groups.get(key)?.size === 0) groups.delete(key)
    }
    this.#sorted = undefined
    this.#added = []
    return true
  }

  override clear(): void {
    super.clear()
    this.#groups.clear()
    this.#sorted = undefined
    this.#added = []
  }

  /** The records whose `name` field is `key`, in insertion order. */
  group(name: G, key: string): V[] {
    return [...(this.#groups.get(name)?.get(key)?.values() ?? [])]
  }

  /** Every record in the order the API lists them; callers must not change the array. */
  listed(): readonly V[] {
    if (this.#order === 'creation') return [...this.values()]
    if (!this.#sorted) {
      this.#sorted = [...this.values()].sort((a, b) => compareIds(a.id, b.id))
      this.#added = []
    } else if (this.#added.length > 0) {
      this.#sorted = merge(
        this.#sorted,
        this.#added.sort((a, b) => compareIds(a.id, b.id)),
      )
      this.#added = []
    }
    return this.#sorted
  }

  #groupsOf(name: string): Map<string, Map<string, V>> {
    let groups = this.#groups.get(name)
    if (!groups) {
      groups = new Map()
      this.#groups.set(name, groups)
    }
    return groups
  }
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
