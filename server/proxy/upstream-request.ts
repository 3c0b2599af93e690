import { errors, type Pool } from 'undici'
import { networkCause, type NetworkCause } from './connection/failure-cause.ts'
import type { ForwardRequest, UpstreamResponse } from './forward.ts'

const API_VERSION = '2024-11-01'
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024
// Only what the SPA can use; Set-Cookie, Server, hop-by-hop and tracing headers stay behind.
const RETURNED_HEADERS = [
  'content-type',
  'etag',
  'location',
  'api-version',
  'retry-after',
  'deprecation',
  'sunset',
]
// The answers Lucca's contract offers (openapi.yaml, `AcceptCloudEvents`); the console reads JSON.
const LUCCA_MEDIA_TYPES = new Set(['application/json', 'application/cloudevents-batch+json'])

type Attempt =
  | { kind: 'response'; response: UpstreamResponse }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string; cause?: NetworkCause }

/** One HTTP exchange with Lucca: credentials and version added, the answer read with a size cap. */
export async function sendOnce(pool: Pool, request: ForwardRequest, token: string): Promise<Attempt> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    'api-version': API_VERSION,
    accept: upstreamAccept(request.accept),
    'user-agent': 'lucca-webhooks-console',
    'x-request-id': request.requestId,
  }
  if (request.contentType) headers['content-type'] = request.contentType
  if (request.ifMatch) headers['if-match'] = request.ifMatch
  if (request.ifNoneMatch) headers['if-none-match'] = request.ifNoneMatch
  try {
    const response = await pool.request({
      method: request.method,
      path: `/lucca-api${request.path}${request.query}`,
      headers,
      body: request.body,
    })
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of response.body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array)
      size += buffer.length
      if (size > MAX_RESPONSE_BYTES) {
        response.body.destroy()
        return { kind: 'network', detail: 'Lucca answer too large' }
      }
      chunks.push(buffer)
    }
    return {
      kind: 'response',
      response: {
        status: response.statusCode,
        headers: pick(response.headers),
        body: Buffer.concat(chunks),
      },
    }
  } catch (error) {
    if (
      error instanceof errors.HeadersTimeoutError ||
      error instanceof errors.BodyTimeoutError ||
      error instanceof errors.ConnectTimeoutError
    ) {
      return { kind: 'timeout' }
    }
    const { cause, code } = networkCause(error)
    return { kind: 'network', detail: `Lucca unreachable (${code})`, cause }
  }
}

// The browser's default Accept is the wildcard, which Lucca's contract does not list: a strict server (or
// a mock generated from openapi.yaml, e.g. Prism) answers 400 to it. Forward the first type the browser
// names that the contract offers, else JSON.
export function upstreamAccept(browser: string | undefined): string {
  for (const part of (browser ?? '').split(',')) {
    const [type = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    const refused = params.some((param) => /^q=0(\.0*)?$/.test(param))
    if (LUCCA_MEDIA_TYPES.has(type) && !refused) return type
  }
  return 'application/json'
}

function pick(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of RETURNED_HEADERS) {
    const value = headers[name]
    if (typeof value === 'string') out[name] = value
  }
  return out
}
