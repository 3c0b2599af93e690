/**
 * Consecutive-failure breaker. While Lucca is down, answering 503 at once keeps the SPA responsive and
 * spares the tenant's rate budget; after `openMs` one probe is let through (half-open).
 */
export class CircuitBreaker {
  private failures = 0
  private openedAt: number | null = null
  private probing = false

  constructor(
    private readonly threshold: number,
    private readonly openMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** null when the call may go; else seconds until the next probe. */
  check(): number | null {
    if (this.openedAt === null) return null
    const elapsed = this.now() - this.openedAt
    if (elapsed >= this.openMs && !this.probing) {
      this.probing = true
      return null
    }
    return Math.max(1, Math.ceil((this.openMs - elapsed) / 1000))
  }

  success(): void {
    this.failures = 0
    this.openedAt = null
    this.probing = false
  }

  failure(): void {
    this.failures += 1
    if (this.probing || this.failures >= this.threshold) this.openedAt = this.now()
    this.probing = false
  }
}
