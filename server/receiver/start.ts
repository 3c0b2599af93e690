import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { decideAnswer, type Answer } from './answers.ts'
import { createCertificate } from './certificate.ts'
import { handleControl } from './control.ts'
import { RequestLog, type ReceivedRequest } from './request-log.ts'

export interface Receiver {
  url: string
  /** PEM of the self-signed certificate generated at start-up: give it to the emulator's `trustedCa`. */
  ca: string
  requests(): ReceivedRequest[]
  close(): Promise<void>
}

// Bodies the emulator sends are small; the cap only protects the receiver from a runaway client.
const maxRecordedBytes = 1024 * 1024

/** A local HTTPS webhook receiver whose answer depends on the path (docs/architecture.md). */
export async function startReceiver(options: { host?: string; port?: number } = {}): Promise<Receiver> {
  const { key, cert } = await createCertificate()
  const log = new RequestLog()
  const switches = new Map<string, number>()
  const server = createServer({ key, cert }, (req, res) => {
    handle(req, res, log, switches).catch(() => res.destroy())
  })
  const host = options.host ?? '127.0.0.1'
  await listen(server, host, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  return {
    url: `https://${host}:${port}`,
    ca: cert,
    requests: () => log.all(),
    close: () => close(server),
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  log: RequestLog,
  switches: Map<string, number>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://receiver.invalid')
  const body = await readBody(req)
  if (url.pathname.startsWith('/_receiver/')) {
    handleControl(req.method ?? 'GET', url, body.toString('utf8'), res, log, switches)
    return
  }
  const echo = url.searchParams.get('echo') ?? url.searchParams.get('challenge')
  const answer = decideAnswer(req.method ?? 'GET', url.pathname, echo, (name) => switches.get(name) ?? 202)
  log.add({
    id: randomUUID(),
    at: new Date().toISOString(),
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.search.replace(/^\?/, ''),
    headers: flattenHeaders(req),
    body: body.toString('utf8'),
    answeredStatus: answer.kind === 'respond' ? answer.status : 0,
  })
  await send(answer, req, res)
}

async function send(answer: Answer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (answer.kind === 'hang') return
  if (answer.kind === 'reset') {
    req.socket.destroy()
    return
  }
  if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
  if (res.destroyed) return
  res.writeHead(answer.status, answer.headers)
  res.end(answer.body)
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxRecordedBytes) chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', () => resolve(Buffer.concat(chunks)))
  })
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Hanging requests would keep close() waiting forever.
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
