import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface UpstreamStub {
  url: string
  /** What the console sent, oldest first. */
  requests(): { method: string; url: string; headers: IncomingMessage['headers'] }[]
  close(): Promise<void>
}

/**
 * Not a Lucca: an API origin that answers what a test writes, for the few answers the emulator never gives
 * because Lucca does not either (a mock's placeholder headers, a redirect, a body that stalls, an edge's
 * Set-Cookie). Point LUCCA_API_URL at it; tokens still come from the emulator.
 */
export async function startUpstreamStub(
  answer: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<UpstreamStub> {
  const seen: ReturnType<UpstreamStub['requests']> = []
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers })
    req.resume()
    answer(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => [...seen],
    close: () =>
      new Promise((resolve) => {
        // A stalled answer would keep close() waiting forever.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
