/** One block of a text/event-stream, as an EventSource would split it (comments and `retry` kept). */
export interface StreamBlock {
  event?: string
  id?: string
  data?: string
  retry?: string
  comment?: string
}

export interface EventStream {
  status: number
  headers: Headers
  /** Every block received so far. */
  blocks: StreamBlock[]
  /** The first block (already received or to come) that `matches`. */
  next(matches: (block: StreamBlock) => boolean, timeoutMs?: number): Promise<StreamBlock>
  /** Settles when the server ends the answer. */
  ended: Promise<void>
  /** The tab goes away. */
  close(): void
}

function parseBlock(text: string): StreamBlock {
  const block: StreamBlock = {}
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) block.comment = line.slice(1).trim()
    const match = /^(event|id|data|retry): ?(.*)$/.exec(line)
    if (match?.[1]) block[match[1] as 'event'] = match[2] ?? ''
  }
  return block
}

/** `GET url` read as a browser's EventSource reads it (one connection, no reconnect), for tests. */
export async function openEventStream(url: string, headers: Record<string, string>): Promise<EventStream> {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  })
  const blocks: StreamBlock[] = []
  const waiters = new Set<() => void>()
  const reader = response.body?.getReader()
  const ended = (async () => {
    const decoder = new TextDecoder()
    let buffered = ''
    try {
      for (;;) {
        const chunk = await reader?.read()
        if (!chunk || chunk.done) return
        buffered += decoder.decode(chunk.value, { stream: true })
        let end = buffered.indexOf('\n\n')
        while (end >= 0) {
          blocks.push(parseBlock(buffered.slice(0, end)))
          buffered = buffered.slice(end + 2)
          end = buffered.indexOf('\n\n')
        }
        for (const wake of waiters) wake()
      }
    } catch {
      // aborted by close()
    } finally {
      for (const wake of waiters) wake()
    }
  })()
  let done = false
  void ended.then(() => (done = true))
  return {
    status: response.status,
    headers: response.headers,
    blocks,
    ended,
    close: () => abort.abort(),
    next: async (matches, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = blocks.find(matches)
        if (found) return found
        if (done) throw new Error(`the stream ended without it; got ${JSON.stringify(blocks)}`)
        if (Date.now() > deadline) throw new Error(`not received in time; got ${JSON.stringify(blocks)}`)
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake)
            clearTimeout(timer)
            resolve()
          }
          const timer = setTimeout(wake, 100)
          waiters.add(wake)
        })
      }
    },
  }
}
