/** Shares one in-flight promise between identical concurrent calls (e.g. two tabs polling the same list). */
export class Coalescer<T> {
  private readonly inflight = new Map<string, Promise<T>>()

  run(key: string, task: () => Promise<T>): Promise<T> {
    const existing = this.inflight.get(key)
    if (existing) return existing
    const promise = task().finally(() => this.inflight.delete(key))
    this.inflight.set(key, promise)
    return promise
  }
}
