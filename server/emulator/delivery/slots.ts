/** At most `size` concurrent attempts per endpoint (lucca-api.md §2.8); the rest wait in FIFO order. */
export class Slots {
  readonly #active = new Map<string, number>()
  readonly #waiting = new Map<string, (() => void)[]>()

  constructor(private readonly size: number) {}

  async acquire(key: string): Promise<void> {
    const active = this.#active.get(key) ?? 0
    if (active < this.size) {
      this.#active.set(key, active + 1)
      return
    }
    await new Promise<void>((resolve) => this.#waiting.set(key, [...(this.#waiting.get(key) ?? []), resolve]))
  }

  release(key: string): void {
    const next = this.#waiting.get(key)?.shift()
    // The slot passes straight to the next waiter, so the count does not change.
    if (next) return next()
    this.#active.set(key, Math.max(0, (this.#active.get(key) ?? 1) - 1))
  }
}
