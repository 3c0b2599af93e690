import { lookup } from 'node:dns/promises'
import { connect as netConnect } from 'node:net'
import { connect as tlsConnect, type TLSSocket } from 'node:tls'
import * as oauth from 'oauth4webapi'
import { Agent, request } from 'undici'
import type {
  ConnectionCheck,
  ConnectionStep,
  ConnectionStepId,
} from '../../../contract/console-connection-api.ts'
import { isLoopback, type AccountConfig } from '../accounts-config.ts'
import type { BudgetUse } from '../upstream.ts'
import { networkCause, tokenFailure, type NetworkCause } from './failure-cause.ts'

/** The scopes the console uses, and what an admin loses without each (contract §2.2). */
const NEEDED_SCOPES = [
  'webhook-endpoints.readwrite',
  'webhook-deliveries.readwrite',
  'events.readonly',
] as const
const API_VERSION = '2024-11-01'

export interface CheckTarget {
  account: AccountConfig
  connectTimeoutMs: number
  headersTimeoutMs: number
  /** Certificates trusted instead of the system's (as LuccaUpstream's `ca`); tests only. */
  ca?: string[]
  customFetch?: (url: string, init: RequestInit) => Promise<Response>
  /**
   * Takes one slot of the account's budget per call to Lucca (two at most: the token, one list page);
   * false: the call is not made. The doctor, a process of its own, has no shared budget.
   */
  takeSlot?: () => boolean
  /** The console's use of the account's budget, for step 7. */
  usage?: () => BudgetUse
  now?: () => Date
}

type Outcome = Omit<ConnectionStep, 'id' | 'values'> & { values?: Record<string, string> }

/** Steps 1–7 of issue 18, in order; once one fails, the steps that depend on it are skipped. */
export async function checkConnection(target: CheckTarget): Promise<ConnectionCheck> {
  const { account } = target
  const steps: ConnectionStep[] = []
  const add = (id: ConnectionStepId, outcome: Outcome) => {
    steps.push({ id, ...outcome, values: outcome.values ?? {} })
    return outcome.status
  }
  const skipRest = (from: ConnectionStepId[]) => {
    for (const id of from) add(id, skipped())
  }
  const api = new URL(account.apiUrl)
  add('config', configStep(account))
  const reach = await reachStep(api, target)
  if (add('reach', reach) === 'failed') {
    skipRest(['token-endpoint', 'credentials', 'scopes', 'webhook-api', 'budget'])
    return finish(target, steps)
  }
  const token = await requestToken(target)
  add('token-endpoint', token.endpoint)
  add('credentials', token.credentials)
  if (token.accessToken === null) {
    skipRest(['scopes', 'webhook-api', 'budget'])
    return finish(target, steps)
  }
  const scopes = scopesStep(token.granted)
  add('scopes', scopes)
  const listing = await webhookApiStep(target, token.accessToken, scopes.reason === 'missing-scopes')
  add('webhook-api', listing.outcome)
  add('budget', budgetStep(target, listing.headers))
  return finish(target, steps)
}

function finish(target: CheckTarget, steps: ConnectionStep[]): ConnectionCheck {
  return {
    accountId: target.account.id,
    label: target.account.label,
    checkedAt: (target.now?.() ?? new Date()).toISOString(),
    ok: steps.every((step) => step.status !== 'failed'),
    steps,
  }
}

const skipped = (): Outcome => ({
  status: 'skipped',
  reason: 'skipped',
  result: 'Not checked: an earlier step failed.',
  fix: null,
  detail: null,
})

/** A secret shown as its length and last two characters, enough to tell two apart. */
function maskSecret(secret: string): string {
  return `${'•'.repeat(8)}${secret.length > 12 ? secret.slice(-2) : ''} (${secret.length} characters)`
}

function configStep(account: AccountConfig): Outcome {
  return {
    status: 'ok',
    reason: 'ok',
    result: 'The configuration is well formed.',
    fix: null,
    detail: [
      `API URL: ${account.apiUrl}`,
      `Token URL: ${account.tokenUrl}`,
      `Client id: ${account.clientId}`,
      `Client secret: ${maskSecret(account.clientSecret)}`,
      `Scope asked for: ${account.scope ?? '(none: every scope granted)'}`,
    ].join('\n'),
    values: { host: new URL(account.apiUrl).host },
  }
}

const networkWords: Record<NetworkCause, { result: string; fix: string }> = {
  dns: {
    result: 'The name {host} does not exist (DNS).',
    fix: 'Check the address: it is your company’s Lucca address, such as https://acme.ilucca.net.',
  },
  refused: {
    result: '{host} refused the connection.',
    fix: 'Check the address and port; if the console runs behind a firewall or proxy, ask your IT team to let it reach {host}.',
  },
  timeout: {
    result: '{host} did not answer in time.',
    fix: 'A firewall may be dropping the connection: ask your IT team to let the console reach {host} on port 443.',
  },
  tls: {
    result: 'The certificate of {host} is not trusted.',
    fix: 'If your company inspects HTTPS traffic, give the console your company’s certificate authority (NODE_EXTRA_CA_CERTS); otherwise check the address.',
  },
  network: {
    result: 'The connection to {host} failed.',
    fix: 'Check the address and the network between the console and {host}.',
  },
}

function networkOutcome(cause: NetworkCause, code: string, host: string): Outcome {
  const words = networkWords[cause]
  const fill = (text: string) => text.replaceAll('{host}', host)
  return {
    status: 'failed',
    reason: cause,
    result: fill(words.result),
    fix: fill(words.fix),
    detail: code,
    values: { host, code },
  }
}

/** DNS, TCP and TLS to the API host, without an HTTP request: nothing spent from Lucca's budget. */
async function reachStep(api: URL, target: CheckTarget): Promise<Outcome> {
  const host = api.host
  const hostname = api.hostname.replace(/^\[|\]$/g, '')
  let address: string
  try {
    address = (await lookup(hostname)).address
  } catch (error) {
    const { cause, code } = networkCause(error)
    return networkOutcome(cause === 'network' ? 'dns' : cause, code, host)
  }
  const port = Number(api.port || (api.protocol === 'https:' ? 443 : 80))
  try {
    const detail = await handshake(api.protocol === 'https:', hostname, address, port, target)
    return {
      status: 'ok',
      reason: 'ok',
      result: `${host} answers${api.protocol === 'https:' ? ' over TLS' : ''}.`,
      fix: null,
      detail: `${address}:${port}${detail ? `, ${detail}` : ''}`,
      values: { host },
    }
  } catch (error) {
    const { cause, code } = networkCause(error)
    return networkOutcome(cause, code, host)
  }
}

function handshake(
  tls: boolean,
  hostname: string,
  address: string,
  port: number,
  target: CheckTarget,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls
      ? tlsConnect({
          host: address,
          port,
          // The certificate is checked against the name in the address (servername), not the resolved IP.
          ...(isIp(hostname) ? {} : { servername: hostname }),
          ...(target.ca ? { ca: target.ca } : {}),
        })
      : netConnect({ host: address, port })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(Object.assign(new Error('connect timeout'), { code: 'ETIMEDOUT' }))
    }, target.connectTimeoutMs)
    socket.once(tls ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer)
      const detail = tls ? certificateDetail(socket as TLSSocket) : ''
      socket.destroy()
      resolve(detail)
    })
    socket.once('error', (error) => {
      clearTimeout(timer)
      socket.destroy()
      reject(error)
    })
  })
}

function isIp(hostname: string): boolean {
  return /^[\d.]+$/.test(hostname) || hostname.includes(':')
}

function certificateDetail(socket: TLSSocket): string {
  const cert = socket.getPeerCertificate()
  const protocol = socket.getProtocol() ?? 'TLS'
  return cert.valid_to ? `${protocol}, certificate valid until ${cert.valid_to}` : protocol
}

interface TokenSteps {
  endpoint: Outcome
  credentials: Outcome
  accessToken: string | null
  granted: string[] | null
}

/** One client-credentials request, as the console makes it (token.ts), but never cached. */
async function requestToken(target: CheckTarget): Promise<TokenSteps> {
  const { account } = target
  const tokenUrl = new URL(account.tokenUrl)
  const tokenHost = tokenUrl.host
  const none = { accessToken: null, granted: null }
  if (target.takeSlot && !target.takeSlot()) {
    return { endpoint: budgetSpent(), credentials: skipped(), ...none }
  }
  const as: oauth.AuthorizationServer = { issuer: tokenUrl.origin, token_endpoint: tokenUrl.href }
  const client: oauth.Client = { client_id: account.clientId }
  const parameters = new URLSearchParams(account.scope ? { scope: account.scope } : {})
  const options: oauth.ClientCredentialsGrantRequestOptions = {
    signal: AbortSignal.timeout(target.connectTimeoutMs + target.headersTimeoutMs),
    ...(isLoopback(tokenUrl) ? { [oauth.allowInsecureRequests]: true } : {}),
    ...(target.customFetch ? { [oauth.customFetch]: target.customFetch } : {}),
  }
  let response: Response
  try {
    response = await oauth.clientCredentialsGrantRequest(
      as,
      client,
      oauth.ClientSecretPost(account.clientSecret),
      parameters,
      options,
    )
  } catch (error) {
    const { cause, code } = networkCause(error)
    return { endpoint: networkOutcome(cause, code, tokenHost), credentials: skipped(), ...none }
  }
  const status = response.status
  const answered: Outcome = {
    status: 'ok',
    reason: 'ok',
    result: `The token endpoint ${tokenHost} answers.`,
    fix: null,
    detail: `POST ${tokenUrl.href} → HTTP ${status}`,
    values: { host: tokenHost, status: String(status) },
  }
  try {
    const result = await oauth.processClientCredentialsResponse(as, client, response)
    const granted = result.scope?.split(/\s+/).filter(Boolean) ?? account.scope?.split(/\s+/) ?? null
    return {
      endpoint: answered,
      credentials: {
        status: 'ok',
        reason: 'ok',
        result: 'Lucca accepts the client id and secret.',
        fix: null,
        detail: `Client id ${account.clientId}; token valid ${result.expires_in ?? '?'} s`,
        values: { clientId: account.clientId },
      },
      accessToken: result.access_token,
      granted,
    }
  } catch (error) {
    const failure = tokenFailure(error)
    if (failure.cause.startsWith('http-') || failure.cause === 'bad-answer') {
      return {
        endpoint: {
          status: 'failed',
          reason: 'http',
          result: `The token endpoint ${tokenHost} answered with an error (HTTP ${status}).`,
          fix:
            status >= 500
              ? 'Lucca’s sign-in service is failing: try again later, and contact Lucca support if it lasts.'
              : 'Check LUCCA_TOKEN_URL: Lucca’s is https://accounts.world.luccasoftware.com/connect/token.',
          detail: `POST ${tokenUrl.href} → HTTP ${status} (${failure.code})`,
          values: { host: tokenHost, status: String(status) },
        },
        credentials: skipped(),
        ...none,
      }
    }
    return { endpoint: answered, credentials: refusedCredentials(account, failure.cause), ...none }
  }
}

/** Where Lucca's admins declare client applications (developers.lucca.fr, "Declaring your client application"). */
function integrationKeysUrl(apiUrl: string): string {
  return `${new URL(apiUrl).origin}/identity/admin/integration-keys`
}

function refusedCredentials(account: AccountConfig, error: string): Outcome {
  const adminUrl = integrationKeysUrl(account.apiUrl)
  const values = { clientId: account.clientId, adminUrl, error }
  if (error === 'invalid_client' || error === 'unauthorized_client')
    return {
      status: 'failed',
      reason: 'invalid_client',
      result:
        'Lucca does not recognise this client id and secret: check them in Lucca under Integration keys.',
      fix: `Open ${adminUrl}, find the client application ${account.clientId}, and copy its id and secret into LUCCA_CLIENT_ID and LUCCA_CLIENT_SECRET (a lost secret can be generated again there).`,
      detail: `OAuth error: ${error}`,
      values,
    }
  if (error === 'invalid_scope')
    return {
      status: 'failed',
      reason: 'invalid_scope',
      result: 'Lucca refuses the scopes the console asks for: this client application was not granted them.',
      fix: `Remove LUCCA_SCOPE to get every scope granted, or grant the missing ones to ${account.clientId} at ${adminUrl}.`,
      detail: `OAuth error: ${error}; asked for: ${account.scope ?? '(none)'}`,
      values,
    }
  return {
    status: 'failed',
    reason: 'oauth-error',
    result: `Lucca refused the token request (${error}).`,
    fix: `Check the client application ${account.clientId} at ${adminUrl}.`,
    detail: `OAuth error: ${error}`,
    values,
  }
}

const scopeLoss: Record<(typeof NEEDED_SCOPES)[number], { readOnly: string; none: string }> = {
  'webhook-endpoints.readwrite': {
    readOnly: 'read-only: you can look at endpoints but not create, change or delete them',
    none: 'the endpoints cannot be listed: nothing in the console works',
  },
  'webhook-deliveries.readwrite': {
    readOnly: 'you can look at deliveries but not send a test or redeliver an event',
    none: 'deliveries cannot be listed, tested or redelivered',
  },
  'events.readonly': {
    readOnly: 'the events behind deliveries cannot be shown',
    none: 'the events behind deliveries cannot be shown',
  },
}

function scopesStep(granted: string[] | null): Outcome {
  if (granted === null)
    return {
      status: 'warning',
      reason: 'not-reported',
      result:
        'Lucca did not say which scopes it granted; the next step shows whether the endpoints can be read.',
      fix: null,
      detail: null,
    }
  const has = new Set(granted)
  const missing = NEEDED_SCOPES.filter((scope) => !has.has(scope))
  if (missing.length === 0)
    return {
      status: 'ok',
      reason: 'ok',
      result: 'The scopes granted cover everything the console does.',
      fix: null,
      detail: `Granted: ${granted.join(' ')}`,
      values: { granted: granted.join(' ') },
    }
  const readOnlyOnly = missing.every(
    (scope) => scope !== 'events.readonly' && has.has(scope.replace('.readwrite', '.readonly')),
  )
  const losses = missing.map((scope) => {
    const loss = scopeLoss[scope]
    return has.has(scope.replace('.readwrite', '.readonly')) ? loss.readOnly : loss.none
  })
  return {
    status: readOnlyOnly ? 'warning' : 'failed',
    reason: 'missing-scopes',
    result: `Missing: ${missing.join(', ')}. Without ${missing.length > 1 ? 'them' : 'it'}, ${losses.join('; ')}.`,
    fix: 'In Lucca under Integration keys, grant the missing scopes to this client application; then remove LUCCA_SCOPE or add them to it.',
    detail: `Granted: ${granted.join(' ') || '(none)'}`,
    values: { missing: missing.join(' '), granted: granted.join(' ') },
  }
}

function budgetSpent(): Outcome {
  return {
    status: 'skipped',
    reason: 'budget',
    result: 'Not checked: the console has used its share of Lucca’s requests for this minute.',
    fix: 'Run the check again in a minute.',
    detail: null,
  }
}

const KEPT_HEADERS = ['api-version', 'deprecation', 'sunset', 'x-ratelimit-remaining', 'ratelimit-remaining']

/** One list page of one endpoint, with the version the console speaks: the cheapest call that proves it all. */
async function webhookApiStep(
  target: CheckTarget,
  token: string,
  scopesMissing: boolean,
): Promise<{ outcome: Outcome; headers: Record<string, string> }> {
  const { account } = target
  const path = '/lucca-api/webhook-endpoints?limit=1'
  const host = new URL(account.apiUrl).host
  if (target.takeSlot && !target.takeSlot()) return { outcome: budgetSpent(), headers: {} }
  const agent = new Agent({
    connect: { timeout: target.connectTimeoutMs, ...(target.ca ? { ca: target.ca } : {}) },
    headersTimeout: target.headersTimeoutMs,
    bodyTimeout: target.headersTimeoutMs,
  })
  try {
    const response = await request(`${account.apiUrl}${path}`, {
      dispatcher: agent,
      headers: {
        authorization: `Bearer ${token}`,
        'api-version': API_VERSION,
        accept: 'application/json',
        'user-agent': 'lucca-webhooks-console (connection check)',
      },
    })
    await response.body.dump()
    const headers: Record<string, string> = {}
    for (const name of KEPT_HEADERS) {
      const value = response.headers[name]
      if (typeof value === 'string') headers[name] = value
    }
    const status = response.statusCode
    const detail = `GET ${path} (Api-Version ${API_VERSION}) → HTTP ${status}`
    const values = { host, status: String(status), supportUrl: 'https://www.lucca-hr.com/en/support' }
    if (status === 200)
      return {
        outcome: {
          status: 'ok',
          reason: 'ok',
          result: 'The webhook API answers for this account.',
          fix: null,
          detail,
          values,
        },
        headers,
      }
    if ((status === 403 || status === 404) && !scopesMissing)
      return {
        outcome: {
          status: 'failed',
          reason: 'not-enabled',
          result: 'Lucca refuses the webhook API for this account: webhooks may not be enabled for it yet.',
          fix: 'Webhooks are in beta at Lucca and are turned on per account: ask Lucca support to enable them for this account.',
          detail,
          values,
        },
        headers,
      }
    return {
      outcome: {
        status: 'failed',
        reason: status === 403 ? 'scope' : status === 429 ? 'rate-limited' : 'http',
        result:
          status === 403
            ? 'Lucca refuses the webhook API: the client application lacks a scope (see the step above).'
            : status === 429
              ? 'Lucca’s rate limit for this account is reached: other integrations use it too.'
              : `The webhook API answered with an error (HTTP ${status}).`,
        fix:
          status >= 500
            ? 'Lucca is failing: try again later.'
            : status === 429
              ? 'Run the check again in a minute.'
              : null,
        detail,
        values,
      },
      headers,
    }
  } catch (error) {
    const { cause, code } = networkCause(error)
    return { outcome: networkOutcome(cause, code, host), headers: {} }
  } finally {
    await agent.close()
  }
}

function budgetStep(target: CheckTarget, headers: Record<string, string>): Outcome {
  const usage = target.usage?.()
  const values: Record<string, string> = {}
  if (usage) Object.assign(values, { used: String(usage.used), limit: String(usage.limit) })
  if (headers.deprecation) values.deprecation = headers.deprecation
  if (headers.sunset) values.sunset = headers.sunset
  const detail = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')
  const parts = [
    usage
      ? `The console made ${usage.used} of its ${usage.limit} calls to Lucca in the last minute.`
      : 'Lucca allows 50 calls a minute per account, shared with every other integration.',
  ]
  if (values.deprecation || values.sunset)
    return {
      status: 'warning',
      reason: 'deprecated',
      result: `${parts[0]} Lucca says API version ${API_VERSION} is deprecated${values.sunset ? ` and stops answering after ${values.sunset}` : ''}.`,
      fix: 'Tell whoever maintains the console: it needs an update before that date.',
      detail: detail || null,
      values,
    }
  const busy = usage !== undefined && usage.used >= usage.limit * 0.8
  return {
    status: busy ? 'warning' : 'ok',
    reason: busy ? 'busy' : 'ok',
    result: `${parts[0]} No deprecation notice from Lucca.`,
    fix: busy ? 'Lists may load slowly for a while; the console paces itself.' : null,
    detail: detail || null,
    values,
  }
}
