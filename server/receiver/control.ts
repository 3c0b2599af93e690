import type { ServerResponse } from 'node:http'
import type { RequestLog } from './request-log.ts'

/** `/_receiver/*`: what tests use to read what arrived and to flip a switch path's answer. */
export function handleControl(
  method: string,
  url: URL,
  body: string,
  res: ServerResponse,
  log: RequestLog,
  switches: Map<string, number>,
): void {
  const path = url.pathname
  if (path === '/_receiver/requests' && method === 'GET') {
    return json(res, 200, log.all(url.searchParams.get('path') ?? ''))
  }
  if (path === '/_receiver/requests' && method === 'DELETE') {
    log.clear()
    res.writeHead(204).end()
    return
  }
  const name = /^\/_receiver\/switch\/([^/]+)$/.exec(path)?.[1]
  if (name && method === 'PUT') {
    const status = parseStatus(body)
    if (status === undefined) return json(res, 400, { error: 'body must be {"status": 200..599}' })
    // Same name as the POST path segment, which is never decoded either.
    switches.set(name, status)
    return json(res, 200, { name, status })
  }
  json(res, 404, { error: 'unknown control route' })
}

function parseStatus(body: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null || !('status' in parsed)) return undefined
    const { status } = parsed
    return typeof status === 'number' && Number.isInteger(status) && status >= 200 && status <= 599
      ? status
      : undefined
  } catch {
    return undefined
  }
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
}
