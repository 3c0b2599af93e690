import { rootCertificates } from 'node:tls'
import { Agent, request } from 'undici'

export interface HttpResult {
  status: number | null
  /** The receiver's body, cut at `maxBodyChars`, or a short diagnostic when no answer came. */
  body: string
  error: string | null
}

const maxBodyChars = 4096

/**
 * The emulator's outgoing HTTPS client. Extra CAs (the local receiver's self-signed certificate) are trusted
 * explicitly on top of the system roots; no TLS check is ever disabled. Redirects are never followed.
 */
export function createHttpClient(trustedCa: string[], timeoutMs: () => number) {
  const agent = new Agent({
    connect: { ca: [...rootCertificates, ...trustedCa] },
    // Sockets to receivers that hang or misbehave must not pile up.
    keepAliveTimeout: 1000,
  })

  async function send(
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<HttpResult> {
    const timeout = timeoutMs()
    const signal = AbortSignal.timeout(timeout)
    try {
      const res = await request(url, { method, headers, body: body ?? null, dispatcher: agent, signal })
      return { status: res.statusCode, body: await readCapped(res.body), error: null }
    } catch (error) {
      return { status: null, body: '', error: describe(error, timeout, signal) }
    }
  }

  return { send, close: () => agent.close() }
}

export type HttpClient = ReturnType<typeof createHttpClient>

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    chunks.push(chunk)
    size += chunk.length
    // A 10 MB answer is a failure to record, not something to download.
    if (size > maxBodyChars * 4) {
      body.destroy()
      break
    }
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, maxBodyChars)
}

function describe(error: unknown, timeoutMs: number, signal: AbortSignal): string {
  if (signal.aborted) return `timeout after ${timeoutMs} ms`
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? error.cause : error
    const code = 'code' in cause && typeof cause.code === 'string' ? `${cause.code} ` : ''
    return `${code}${cause.message}`.slice(0, maxBodyChars)
  }
  return 'request failed'
}
