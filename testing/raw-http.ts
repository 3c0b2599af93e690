import { connect } from 'node:net'

export interface RawAnswer {
  /** Status of the first response; 0 when the server closed the connection without answering. */
  status: number
  headers: Record<string, string>
  body: string
  /** Everything the server sent, for leak checks and for spotting a second (smuggled) response. */
  raw: string
  /** How many status lines came back on this one connection. */
  responses: number
}

const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})/

/**
 * Writes bytes exactly as given on a fresh connection and reads until the server closes it (or
 * `timeoutMs`). fetch() and URL() would normalise `..` and percent-encoding away, which is the very thing
 * the attack corpora must get past the proxy. The whole answer is kept, so every case can be checked for
 * leaks and for a second response hidden behind the first (request smuggling).
 */
export function sendRaw(
  url: string,
  bytes: string | Buffer,
  options: { timeoutMs?: number; keepOpenMs?: number } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    const chunks: Buffer[] = []
    const timer = setTimeout(() => socket.destroy(), options.timeoutMs ?? 3000)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after the answer was sent is the server closing a bad connection, not a failure to report.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(parse(Buffer.concat(chunks).toString('latin1')))
    })
    socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes)
  })
}

/** A request with `Connection: close` and the given headers, written line by line without normalising. */
export function buildRequest(
  url: string,
  method: string,
  target: string,
  headers: [string, string][] = [],
  body: string | Buffer = '',
): Buffer {
  const { host } = new URL(url)
  const hasHost = headers.some(([name]) => name.toLowerCase() === 'host')
  const hasLength = headers.some(([name]) => /^(content-length|transfer-encoding)$/i.test(name))
  const lines = [`${method} ${target} HTTP/1.1`]
  if (!hasHost) lines.push(`Host: ${host}`)
  lines.push('Connection: close')
  for (const [name, value] of headers) lines.push(`${name}: ${value}`)
  if (!hasLength && body.length > 0) lines.push(`Content-Length: ${Buffer.byteLength(body)}`)
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1')
  return Buffer.concat([head, typeof body === 'string' ? Buffer.from(body, 'utf8') : body])
}

/** The status a request written as given gets (a `Host` in `headers` replaces the usual one). */
export async function rawRequest(
  url: string,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<number> {
  return (await sendRaw(url, buildRequest(url, method, target, Object.entries(headers), body))).status
}

function parse(all: string): RawAnswer {
  // An interim `100 Continue` precedes the real answer; it is not the answer.
  const raw = all.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '')
  const match = STATUS_LINE.exec(raw)
  const responses = raw.match(/HTTP\/1\.[01] \d{3} /g)?.length ?? 0
  if (!match) return { status: 0, headers: {}, body: '', raw: all, responses }
  const end = raw.indexOf('\r\n\r\n')
  const head = end === -1 ? raw : raw.slice(0, end)
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  let body = end === -1 ? '' : raw.slice(end + 4)
  if (headers['transfer-encoding'] === 'chunked') body = dechunk(body)
  const text = Buffer.from(body, 'latin1').toString('utf8')
  return { status: Number(match[1]), headers, body: text, raw: all, responses }
}

function dechunk(text: string): string {
  let out = ''
  let rest = text
  for (;;) {
    const lineEnd = rest.indexOf('\r\n')
    if (lineEnd === -1) return out
    const size = Number.parseInt(rest.slice(0, lineEnd), 16)
    if (!size) return out
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size)
    rest = rest.slice(lineEnd + 4 + size)
  }
}
