import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import type { Fault, Tap } from './tap.ts'

/** The tap's own control API, under a prefix Lucca never uses, so a spec in another process can drive it. */
const tapControlPrefix = '/_tap/'

const FaultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pass') }),
  z.object({ kind: z.literal('reset') }),
  z.object({ kind: z.literal('hang') }),
  z.object({ kind: z.literal('delay'), ms: z.number().int().min(0).max(60_000) }),
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(100).max(599),
    retryAfterSeconds: z.number().int().min(0).exactOptional(),
  }),
]) satisfies z.ZodType<Fault>

const InjectSchema = z.object({
  pathPrefix: z.string().startsWith('/'),
  fault: FaultSchema,
  times: z.number().int().min(1).exactOptional(),
})
export type TapInjection = z.infer<typeof InjectSchema>

/**
 * `PUT /_tap/fault {pathPrefix, fault, times?}` adds a rule, `DELETE /_tap/fault` clears them all,
 * `GET /_tap/count?path=` says how many requests the tap saw for one path. Plain loopback, no auth:
 * the tap only ever runs inside a test stack.
 */
export function tapControl(req: IncomingMessage, res: ServerResponse, tap: Tap): boolean {
  const url = new URL(req.url ?? '/', 'http://tap.invalid')
  if (!url.pathname.startsWith(tapControlPrefix)) return false
  const route = `${req.method ?? 'GET'} ${url.pathname}`
  if (route === 'DELETE /_tap/fault') {
    tap.clear()
    send(res, 204)
  } else if (route === 'GET /_tap/count') {
    send(res, 200, { count: tap.count(url.searchParams.get('path') ?? '') })
  } else if (route === 'PUT /_tap/fault') {
    void readJson(req).then((body) => {
      const parsed = InjectSchema.safeParse(body)
      if (!parsed.success) return send(res, 400, { error: z.prettifyError(parsed.error) })
      const { pathPrefix, fault, times } = parsed.data
      tap.inject(pathPrefix, fault, times)
      send(res, 204)
    })
  } else {
    send(res, 404, { error: `no tap control route ${route}` })
  }
  return true
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    return undefined
  }
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) return void res.writeHead(status).end()
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
}
