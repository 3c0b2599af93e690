import type { FastifyInstance, FastifyReply } from 'fastify'
import type { components } from '../../../contract/lucca-api'
import type { EmulatorContext } from '../context.ts'
import { webhookScopes, type Scope } from '../options.ts'

type OAuthError = components['schemas']['OAuthError']
type TokenResponse = components['schemas']['TokenResponse']

/** lucca-api.md §2.1: OAuth 2.0 client credentials, form-encoded, RFC 6749 §5.2 errors. */
export async function tokenRoutes(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  // Only this route takes form bodies; the content-type parser is scoped to this plugin.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })
  app.setErrorHandler((_error, _request, reply) => {
    reply.header('cache-control', 'no-store')
    return oauthError(reply, 'invalid_request', 'The request body could not be read as a form.')
  })
  app.post('/connect/token', async (request, reply) => {
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache')
    const form = request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
      ? (request.body as Record<string, string>)
      : undefined
    const { grant_type, client_id, client_secret, scope } = form ?? {}
    if (!form || !grant_type || !client_id || !client_secret) {
      return oauthError(
        reply,
        'invalid_request',
        'Expected a form-encoded grant_type, client_id and client_secret.',
      )
    }
    if (grant_type !== 'client_credentials') {
      return oauthError(reply, 'unsupported_grant_type', 'Only client_credentials is supported.')
    }
    const client = ctx.settings.clients.find((c) => c.id === client_id && c.secret === client_secret)
    if (!client) return oauthError(reply, 'invalid_client', 'Unknown client or wrong secret.')
    const requested =
      scope === undefined || scope.trim() === '' ? [...client.scopes] : scope.trim().split(/\s+/)
    const notGranted = requested.find(
      (s) => !(webhookScopes as readonly string[]).includes(s) || !client.scopes.includes(s as Scope),
    )
    if (notGranted !== undefined)
      return oauthError(reply, 'invalid_scope', `Scope not granted: ${notGranted.slice(0, 100)}`)
    const scopes = [...new Set(requested as Scope[])]
    const ttl = ctx.runtime.tokenTtlSeconds
    const token = ctx.tokens.issue(
      {
        clientId: client.id,
        applicationId: client.applicationId ?? client.id,
        scopes,
        ...(client.webhooksDisabled ? { webhooksDisabled: true } : {}),
      },
      ttl,
    )
    const body: TokenResponse = {
      access_token: token,
      token_type: 'Bearer',
      expires_in: ttl,
      scope: scopes.join(' '),
    }
    return reply.send(body)
  })
}

function oauthError(reply: FastifyReply, error: OAuthError['error'], description: string): FastifyReply {
  const body: OAuthError = { error, error_description: description }
  return reply.code(400).send(body)
}
