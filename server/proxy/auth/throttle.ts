/**
 * Failed sign-ins per key (user name and client address) in a sliding window. In memory per
 * replica: with N replicas a guesser gets at most N times the budget, still far below useful rates.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait when any key is over its limit, else null. */
  retryAfter(keys: string[]): number | null {
    let wait = 0
    for (const key of keys) {
      const recent = this.recent(key)
      const limit = key.startsWith('ip:') ? this.limit * 4 : this.limit
      if (recent.length >= limit) wait = Math.max(wait, (recent[0] ?? 0) + this.windowMs - this.now())
    }
    return wait > 0 ? Math.ceil(wait / 1000) : null
  }

  fail(keys: string[]): void {
    // Guessing with endless made-up user names must not grow memory without bound.
    if (this.failures.size > 10_000) {
      for (const key of [...this.failures.keys()])
        if (this.recent(key).length === 0) this.failures.delete(key)
    }
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()])
  }

  clear(key: string): void {
    this.failures.delete(key)
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs
    return (this.failures.get(key) ?? []).filter((at) => at > cutoff)
  }
}
