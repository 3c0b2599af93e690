import { rm } from 'node:fs/promises'
import { expect } from 'vitest'
import { z } from 'zod'
import { emulatorClient, emulatorControl } from '../../../testing/emulator-control.ts'
import { buildRequest, sendRaw, type RawAnswer } from '../../../testing/raw-http.ts'
import { startStack, tapOf, type InProcessStack } from '../../../testing/stack.ts'
import { issuedTokens, type Tap, type TappedRequest } from '../../../testing/tap.ts'
import { seedUsers } from '../../../testing/seed-users.ts'
import type { StartOptions } from '../server.ts'
import { freshDataDir } from '../../../testing/embedded-template.ts'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import { startOidcProvider } from '../../../testing/oidc-provider.ts'
import { freePort } from '../../../testing/ports.ts'
import { SESSION_COOKIE } from '../auth/session.ts'

export const VIEWER = { username: 'vera', password: 'viewer-password-1234' }

const SESSION_SECRET = 'attack-session-secret-0123456789-abcdefgh'

/** What a case may use to build its request: the proxy's address and real session cookies. */
export interface AttackEnv {
  url: string
  /** host:port as the browser sends it */
  host: string
  admin: string
  viewer: string
  /** The current ETag of endpoint 2, unquoted as Lucca's reference shows it (endpoint 1 gets edited). */
  spareEtag: string
}

/**
 * One hostile request and the one answer it must get. Cases are data: the runner sends them, checks
 * the status (and problem reason), that nothing reached Lucca unless `forwards` says what, and that
 * the answer leaks no secret, token, session value or stack trace.
 */
export interface AttackCase {
  name: string
  method?: string
  /** Written as is on the request line; default /lucca-api/webhook-endpoints */
  target?: string
  /** Whose session cookie to send; default admin */
  as?: 'admin' | 'viewer' | 'none'
  /** Send `Origin` (same origin) and `X-Console-Request: 1`; default for every method but GET and HEAD */
  csrf?: boolean
  headers?: [string, string][] | ((env: AttackEnv) => [string, string][])
  body?: string | Buffer
  /** The whole request, for shapes a well-formed writer cannot produce (smuggling, bare LF) */
  raw?: (env: AttackEnv) => string | Buffer
  status: number
  reason?: string
  /** `METHOD /lucca-api/...?query` of the one call Lucca may see; absent: Lucca must see nothing */
  forwards?: string
  /**
   * What a refusal looks like: a problem document (default), the callback's plain HTML page, or the
   * OAuth error body the back-channel logout route answers its provider with.
   */
  refusal?: 'problem' | 'page' | 'oauth'
  /** The newest audit row after the answer, when the console audits this refusal. */
  audited?: { username: string; action: string; status: number } | null
}

/** Prefixes each case's name with its category, keeping the corpus readable as a plain list. */
export function category(prefix: string, cases: AttackCase[]): AttackCase[] {
  return cases.map((attack) => ({ ...attack, name: `${prefix}: ${attack.name}` }))
}

/** How the corpus's admin and viewer signed in: passwords, or through a real OpenID provider (issue 17). */
export type SignInKind = 'local' | 'company'

/** The provider of a company target, and a browser signed in there as `sub`. */
interface CompanySide {
  provider: Awaited<ReturnType<typeof startOidcProvider>>
  /** The console's session cookie of a new company sign-in as `sub` (a user the provider knows). */
  signIn(sub: string): Promise<string>
}

const COMPANY_ADMIN_GROUP = 'HR-Integrations-Admins'
const COMPANY_VIEWER_GROUP = 'HR'

export interface AttackTarget {
  stack: InProcessStack
  kind: SignInKind
  /** Only on a company target. */
  company: CompanySide | null
  tap: Tap
  /** What reached Lucca's API, oldest first. */
  hits(): TappedRequest[]
  dataDir: string
  env: AttackEnv
  answers: { name: string; answer: RawAnswer }[]
  run(attack: AttackCase): Promise<RawAnswer>
  /** Session cookies a test obtains on its own, to be checked for in every later answer and log line. */
  addSecret(...values: string[]): void
  finish(): Promise<void>
}

const STACK_TRACE = [/\bat [^\r\n]*:\d+:\d+/, /node:internal/, /node_modules/, /\.ts:\d+/]

const Created = z.object({ id: z.string() })

/**
 * A real account's console on an emulator that holds what the forwarded cases act on: endpoints 1 and 2
 * and event 1, made at the emulator directly so the tap only sees what the corpus sends.
 */
export async function startAttackTarget(
  options: StartOptions = {},
  kind: SignInKind = 'local',
): Promise<AttackTarget> {
  const dataDir = await freshDataDir('attack-target-')
  await seedUsers(dataDir, [{ ...VIEWER, role: 'viewer' }])
  const oidc = kind === 'company' ? await companyEnv() : null
  const stack = await startStack({
    console: { run: 'in-process', options },
    lucca: { emulator: 'in-process', tap: {} },
    dataDir,
    env: { LUCCA_ENVIRONMENT: 'sandbox', SESSION_SECRET, ...oidc?.env },
  })
  const extraSecrets: string[] = []
  const company: CompanySide | null = oidc && {
    provider: oidc.provider,
    signIn: async (sub) => {
      const browser = oidcBrowser()
      const { status } = await browser.walk(`${stack.url}/api/session/oidc/start`, sub, (url) =>
        url.pathname.startsWith('/api/session/oidc/callback'),
      )
      expect(status).toBe(303)
      const cookie = browser.session()
      if (!cookie) throw new Error(`no session for ${sub}`)
      addSecret(valueOf(cookie), idOf(cookie))
      return cookie
    },
  }
  const tap = tapOf(stack)
  const hits = () => tap.requests('/lucca-api')
  const fixture = { webhookUrl: `${stack.receiverUrl}/ok/attacks`, topics: ['employee.created'] }
  for (const id of ['1', '2']) {
    const created = await stack.emulator.api('POST', '/webhook-endpoints', fixture)
    expect(Created.parse(created.json).id).toBe(id)
  }
  await stack.emulator.emitEvent({ topic: 'employee.created', data: {} })
  // Read where the console reads it: an ETag covers the URLs in the body, which follow the address used.
  const spare = await emulatorControl(tap.url).api('GET', '/webhook-endpoints/2')
  const env: AttackEnv = {
    url: stack.url,
    host: new URL(stack.url).host,
    admin: company ? await company.signIn('alice') : await stack.signIn(),
    viewer: company ? await company.signIn('victor') : await stack.signIn(VIEWER.username, VIEWER.password),
    spareEtag: (spare.headers.get('etag') ?? '').replaceAll('"', ''),
  }
  const answers: AttackTarget['answers'] = []
  let expectedHits = hits().length

  const secrets = () => {
    const cookies = [env.admin, env.viewer].map((cookie) => cookie.split('=').slice(1).join('='))
    const ids = cookies.map((value) => decodeURIComponent(value).split('.')[0] ?? value)
    return [emulatorClient.secret, SESSION_SECRET, ...issuedTokens(tap), ...cookies, ...ids, ...extraSecrets]
  }

  const sessionCount = async () =>
    Number(
      (
        await stack.console.database
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  const run = async (attack: AttackCase) => {
    const method = attack.method ?? 'GET'
    const before = hits().length
    const sessionsBefore = await sessionCount()
    const answer = await sendRaw(stack.url, requestBytes(attack, env))
    answers.push({ name: attack.name, answer })
    expect({ status: answer.status, responses: answer.responses }).toEqual({
      status: attack.status,
      responses: 1,
    })
    checkAnswer(attack, method, answer, secrets())
    if (answer.status >= 400) {
      // A refusal creates no session: none in the database, none in a cookie.
      expect(await sessionCount()).toBeLessThanOrEqual(sessionsBefore)
      expect(answer.headers['set-cookie'] ?? '').not.toMatch(new RegExp(`${SESSION_COOKIE}=[^;]`))
    }
    if (attack.audited) {
      const last = await stack.console.database
        .selectFrom('audit')
        .select(['username', 'action', 'status'])
        .orderBy('id', 'desc')
        .executeTakeFirst()
      expect(last).toEqual(attack.audited)
    }
    const seen = hits().slice(before)
    if (attack.forwards) expectedHits += 1
    if (!attack.forwards) expect(seen.map((hit) => `${hit.method} ${hit.url}`)).toEqual([])
    else {
      expect(seen.map((hit) => `${hit.method} ${hit.url}`)).toEqual([attack.forwards])
      const headers = seen[0]?.headers ?? {}
      // The browser's cookie and authorization never travel on: only the proxy's own bearer token.
      expect(headers.cookie).toBeUndefined()
      expect(issuedTokens(tap)).toContain(String(headers.authorization).replace(/^Bearer /, ''))
    }
    return answer
  }

  const finish = async () => {
    const health = await fetch(`${stack.url}/healthz`)
    expect(health.status).toBe(200)
    // Also catches a refused request whose forwarding would have landed after its own case was checked.
    expect(hits().length).toBe(expectedHits)
    await stack.close()
    await company?.provider.close()
    await rm(dataDir, { recursive: true, force: true })
    expect(stack.console.watch.leaks()).toEqual([])
  }

  function addSecret(...values: string[]) {
    extraSecrets.push(...values)
    stack.console.watch.secret(...values)
  }

  return { stack, kind, company, tap, hits, dataDir, env, answers, run, addSecret, finish }
}

const valueOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1)
const idOf = (cookie: string) => decodeURIComponent(valueOf(cookie)).split('.')[0] ?? ''

/** A real provider on loopback, and the console's variables for company sign-in with passwords off. */
async function companyEnv() {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const secret = 'attack-client-secret-0123456789'
  const provider = await startOidcProvider({
    id: 'console',
    secret,
    redirectUri: `${origin}/api/session/oidc/callback`,
    postLogoutRedirectUri: `${origin}/`,
    backchannelLogoutUri: `${origin}/api/session/oidc/backchannel-logout`,
  })
  for (const sub of ['alice', 'dora']) provider.setUser(sub, [COMPANY_ADMIN_GROUP])
  for (const sub of ['victor', 'vince']) provider.setUser(sub, [COMPANY_VIEWER_GROUP])
  provider.setUser('nadia', ['Sales'])
  const env = {
    PORT: String(port),
    PUBLIC_ORIGIN: origin,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: 'console',
    OIDC_CLIENT_SECRET: secret,
    OIDC_ADMIN_GROUPS: COMPANY_ADMIN_GROUP,
    OIDC_VIEWER_GROUPS: COMPANY_VIEWER_GROUP,
    LOCAL_LOGIN: 'off',
  }
  return { provider, env }
}

function requestBytes(attack: AttackCase, env: AttackEnv): string | Buffer {
  if (attack.raw) return attack.raw(env)
  const method = attack.method ?? 'GET'
  const headers: [string, string][] = []
  const as = attack.as ?? 'admin'
  if (as !== 'none') headers.push(['Cookie', env[as]])
  if (attack.csrf ?? (method !== 'GET' && method !== 'HEAD')) {
    headers.push(['Origin', env.url], ['X-Console-Request', '1'])
  }
  const extra = typeof attack.headers === 'function' ? attack.headers(env) : (attack.headers ?? [])
  headers.push(...extra)
  return buildRequest(env.url, method, attack.target ?? '/lucca-api/webhook-endpoints', headers, attack.body)
}

/** Every answer: no secret, token, session value or stack trace; every refusal a problem document. */
function checkAnswer(attack: AttackCase, method: string, answer: RawAnswer, secrets: string[]) {
  // The sign-in's Set-Cookie is the one place a session value may appear.
  const visible = answer.raw.replace(/^set-cookie:.*$/gim, '')
  expect(secrets.filter((secret) => visible.includes(secret))).toEqual([])
  expect(STACK_TRACE.filter((pattern) => pattern.test(answer.body))).toEqual([])
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  if (answer.status < 400) return
  expect(answer.headers['cache-control']).toBe('no-store')
  if (attack.refusal === 'page') {
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    return
  }
  if (attack.refusal === 'oauth') {
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(answer.body)).toEqual({ error: 'invalid_request' })
    return
  }
  expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  if (method === 'HEAD') return
  const problem = JSON.parse(answer.body) as {
    status: number
    detail: string
    extensions?: { reason?: string }
  }
  expect(problem.status).toBe(attack.status)
  expect(problem.detail.length).toBeGreaterThan(0)
  if (attack.reason) expect(problem.extensions?.reason).toBe(attack.reason)
}
