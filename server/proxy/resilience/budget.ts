/**
 * Sliding-window request budget per Lucca account. Lucca allows 50 requests/minute per tenant shared
 * by every integration, so the console keeps under it and says so instead of burning the tenant's quota.
 */
export class RequestBudget {
  private readonly stamps: number[] = []

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one slot, or returns the seconds to wait until one frees up. */
  take(): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.forget()
    if (this.stamps.length >= this.limit) return { ok: false, retryAfterSeconds: this.secondsToSlot(now) }
    this.stamps.push(now)
    return { ok: true }
  }

  /** Slots taken in the current window. */
  used(): number {
    this.forget()
    return this.stamps.length
  }

  /** Seconds until `free` slots are free again (0 when they are already). */
  secondsUntilFree(free = 1): number {
    const now = this.forget()
    const excess = this.stamps.length + free - this.limit
    if (excess <= 0) return 0
    const stamp = this.stamps[excess - 1] ?? now
    return Math.max(1, Math.ceil((stamp + this.windowMs - now) / 1000))
  }

  private secondsToSlot(now: number): number {
    const oldest = this.stamps[0] ?? now
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000))
  }

  private forget(): number {
    const now = this.now()
    while (this.stamps.length > 0 && (this.stamps[0] ?? 0) <= now - this.windowMs) this.stamps.shift()
    return now
  }
}

/**
 * The account's budget with the collector's share inside it. An admin's call takes any free slot. A collector
 * call takes one only when its share has room and the budget keeps a full share free after it: the collector
 * yields whenever admins are busy, so their clicks come first (issue 14).
 */
export class SharedBudget {
  private readonly all: RequestBudget
  private readonly collector: RequestBudget

  constructor(limit: number, collectorShare: number, now: () => number = Date.now) {
    this.all = new RequestBudget(limit, 60_000, now)
    this.collector = new RequestBudget(collectorShare, 60_000, now)
  }

  take(priority: 'admin' | 'collector'): { ok: true } | { ok: false; retryAfterSeconds: number } {
    if (priority === 'admin') return this.all.take()
    const wait = Math.max(
      this.collector.secondsUntilFree(),
      this.all.secondsUntilFree(this.collector.limit + 1),
    )
    if (wait > 0) return { ok: false, retryAfterSeconds: wait }
    this.collector.take()
    return this.all.take()
  }

  usage(): { limit: number; collectorShare: number; used: number; collector: number } {
    return {
      limit: this.all.limit,
      collectorShare: this.collector.limit,
      used: this.all.used(),
      collector: this.collector.used(),
    }
  }
}
