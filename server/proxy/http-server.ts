import http from 'node:http'
import https from 'node:https'
import type { Duplex } from 'node:stream'
import type { FastifyBaseLogger } from 'fastify'
import { problem, writeRawProblem } from './problem.ts'
import { FIXED_SECURITY_HEADERS } from './security-headers.ts'

const MAX_HEADER_BYTES = 8 * 1024

/** How long a client may take to send its headers, then its whole request (slowloris). */
export interface ClientTimeouts {
  headersMs: number
  requestMs: number
  /** How often Node checks the two above; its default (30 s) would double them. */
  checkEveryMs: number
}
export const DEFAULT_TIMEOUTS: ClientTimeouts = { headersMs: 10_000, requestMs: 30_000, checkEveryMs: 1000 }

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request headers are larger than 8 KiB'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request took too long to arrive'],
  HPE_INVALID_METHOD: [501, 'Unknown HTTP method'],
}

/**
 * The Node server under Fastify: 8 KiB headers (as Lucca; Node answers 431 before any of our code
 * runs), bounded header and request times, and a problem document for what never reaches a route.
 */
export function createServer(
  handler: http.RequestListener,
  tls: { cert: string; key: string } | null,
  timeouts: ClientTimeouts,
): http.Server {
  const options = {
    maxHeaderSize: MAX_HEADER_BYTES,
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: timeouts.checkEveryMs,
    // Node's own refusal is a bare 400 with no body; checkRequestShape refuses it with a problem instead.
    requireHostHeader: false,
  }
  const server = tls
    ? (https.createServer({ ...tls, ...options }, handler) as unknown as http.Server)
    : http.createServer(options, handler)
  // CONNECT never reaches a route: without this Node drops the socket with no answer at all.
  server.on('connect', (_request, socket: Duplex) =>
    writeRawProblem(socket, 405, 'CONNECT is not supported', FIXED_SECURITY_HEADERS),
  )
  // Any Expect other than 100-continue: Node would answer a bare 417 with no body.
  server.on('checkExpectation', (_request, response: http.ServerResponse) => {
    const body = JSON.stringify(problem(417, 'Only Expect: 100-continue is supported', 'bad-request'))
    response.writeHead(417, {
      ...FIXED_SECURITY_HEADERS,
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'close',
    })
    response.end(body)
  })
  return server
}

/** What Node's parser refuses (smuggling shapes, unknown methods, bad bytes, 431, 408) gets a problem too. */
export function clientErrorHandler(log: FastifyBaseLogger) {
  return (error: Error, socket: Duplex) => {
    if (socket.destroyed || ('code' in error && error.code === 'ECONNRESET')) return
    const code = 'code' in error ? String(error.code) : ''
    const [status, detail] = CLIENT_ERRORS[code] ?? [400, 'Malformed HTTP request']
    // The code only: the error's rawPacket holds the request bytes, cookies included.
    log.debug({ code, status }, 'malformed request refused')
    if (socket.writable) writeRawProblem(socket, status, detail, FIXED_SECURITY_HEADERS)
    else socket.destroy()
  }
}
