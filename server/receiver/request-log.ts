export interface ReceivedRequest {
  id: string
  at: string
  method: string
  path: string
  query: string
  headers: Record<string, string>
  /** The exact bytes received, decoded as UTF-8, so a test can recompute the signature. */
  body: string
  /** 0 when the receiver never answered (hang, reset). */
  answeredStatus: number
}

// Bounded so a long `npm start` session does not grow without end.
const maxKept = 2000

export class RequestLog {
  readonly #items: ReceivedRequest[] = []

  add(request: ReceivedRequest): void {
    this.#items.push(request)
    if (this.#items.length > maxKept) this.#items.shift()
  }

  all(pathPrefix = ''): ReceivedRequest[] {
    return this.#items
      .filter((r) => r.path.startsWith(pathPrefix))
      .map((r) => ({ ...r, headers: { ...r.headers } }))
  }

  clear(): void {
    this.#items.length = 0
  }
}
