/** Every HTTP request the emulator sent (`GET /_emulator/outbox`), newest last, bounded. */
interface OutboxEntry {
  at: string
  kind: 'delivery' | 'challenge'
  method: 'POST' | 'GET'
  url: string
  headers: Record<string, string>
  body: string
  responseStatusCode: number | null
  error: string | null
  deliveryId: string | null
}

const maxKept = 1000

export class Outbox {
  readonly #entries: OutboxEntry[] = []

  add(entry: OutboxEntry): void {
    this.#entries.push(entry)
    if (this.#entries.length > maxKept) this.#entries.shift()
  }

  list(): OutboxEntry[] {
    return [...this.#entries]
  }

  clear(): void {
    this.#entries.length = 0
  }
}
