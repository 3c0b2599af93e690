import { request, type IncomingMessage, type ServerResponse } from 'node:http'

/** One request as the console sent it, and what it got back (status 0: nothing, the tap reset or hung it). */
export interface TappedRequest {
  method: string
  /** Path and query, exactly as on the request line. */
  url: string
  headers: IncomingMessage['headers']
  body: string
  status: number
  /** The body that came back, as it came (a compressed one stays compressed). */
  answer: string
}

const bodies = new WeakMap<TappedRequest, Buffer[]>()

export const pathOf = (url: string) => new URL(url, 'http://tap.invalid').pathname

/** Starts recording `req`; its body is read whole, so a forward made later (a delay fault) loses none of it. */
export function recordRequest(req: IncomingMessage): TappedRequest {
  const record: TappedRequest = {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    headers: req.headers,
    body: '',
    status: 0,
    answer: '',
  }
  const chunks: Buffer[] = []
  bodies.set(record, chunks)
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => (record.body = Buffer.concat(chunks).toString('utf8')))
  return record
}

export function answerFault(
  res: ServerResponse,
  record: TappedRequest,
  status: number,
  retryAfterSeconds?: number,
) {
  record.status = status
  res.writeHead(status, {
    'Content-Type': 'application/problem+json',
    ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
  })
  record.answer = JSON.stringify({ type: 'about:blank', title: 'Injected fault', status })
  res.end(record.answer)
}

/** Sends the request on as it came, once its body is in, and the answer back as it comes. */
export function forwardOnceRead(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: URL,
  record: TappedRequest,
) {
  if (!req.readableEnded) return void req.once('end', () => forwardOnceRead(req, res, upstream, record))
  const outgoing = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
    (response) => {
      record.status = response.statusCode ?? 0
      res.writeHead(response.statusCode ?? 502, response.headers)
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => (record.answer = Buffer.concat(chunks).toString('utf8')))
      response.pipe(res)
    },
  )
  outgoing.on('error', () => res.destroy())
  outgoing.end(Buffer.concat(bodies.get(record) ?? []))
}
