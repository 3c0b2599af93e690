/**
 * Sliding-window request budget per Lucca account. Lucca allows 50 requests/minute per tenant shared
 * by every integration, so the console keeps under it and says so instead of burning the tenant's quota.
 */
export class RequestBudget {
  private readonly stamps: number[] = []

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one slot, or returns the seconds to wait until one frees up. */
  take(): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now()
    while (this.stamps.length > 0 && (this.stamps[0] ?? 0) <= now - this.windowMs) this.stamps.shift()
    if (this.stamps.length >= this.limit) {
      const oldest = this.stamps[0] ?? now
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) }
    }
    this.stamps.push(now)
    return { ok: true }
  }
}
