import { randomBytes } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'

export interface Hit {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

export type LuccaHandler = (request: FastifyRequest, reply: FastifyReply, hit: Hit) => unknown

export const FAKE_CLIENT = { id: 'console-test', secret: 'fake-client-secret-0123456789' }

/**
 * A small real Lucca stand-in on a loopback port: an OAuth token endpoint and a /lucca-api that
 * checks the bearer token, records every hit and answers through a handler each test can swap.
 */
export async function startFakeLucca(
  options: { tls?: { key: string; cert: string }; tokenTtl?: number } = {},
) {
  const tls = options.tls
  const app = Fastify({
    // https.Server is an http.Server for Fastify's purposes; the factory keeps one app type for both.
    serverFactory: (handler) =>
      tls ? (https.createServer(tls, handler) as unknown as http.Server) : http.createServer(handler),
  })
  const hits: Hit[] = []
  const validTokens = new Set<string>()
  const issued: string[] = []
  const state = {
    tokenDelayMs: 0,
    tokenTtl: options.tokenTtl ?? 1800,
    handler: ((_request, reply) => reply.send({ type: 'webhook-endpoints', items: [] })) as LuccaHandler,
  }
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) =>
    done(null, new URLSearchParams(String(body))),
  )
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_r, body, done) => done(null, body))
  app.post('/connect/token', async (request, reply) => {
    const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams()
    if (form.get('client_id') !== FAKE_CLIENT.id || form.get('client_secret') !== FAKE_CLIENT.secret) {
      return reply.code(400).send({ error: 'invalid_client' })
    }
    if (state.tokenDelayMs) await new Promise((resolve) => setTimeout(resolve, state.tokenDelayMs))
    const token = `tok_${randomBytes(24).toString('base64url')}`
    validTokens.add(token)
    issued.push(token)
    return reply
      .header('cache-control', 'no-store')
      .send({ access_token: token, token_type: 'Bearer', expires_in: state.tokenTtl })
  })
  app.all('/lucca-api/*', async (request, reply) => {
    const hit: Hit = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: typeof request.body === 'string' ? request.body : '',
    }
    hits.push(hit)
    const auth = request.headers.authorization ?? ''
    if (!validTokens.has(auth.replace(/^Bearer /, ''))) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ status: 401, title: 'Unauthorized' })
    }
    return state.handler(request, reply, hit)
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`
  return {
    url,
    hits,
    issued,
    state,
    /** Makes Lucca forget every token, as when a token is revoked or expires early. */
    revokeTokens: () => validTokens.clear(),
    close: () => app.close(),
  }
}

export type FakeLucca = Awaited<ReturnType<typeof startFakeLucca>>
