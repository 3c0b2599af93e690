import { expect } from 'vitest'
import { UserStore } from '../auth/users-store.ts'
import type { StartOptions } from '../server.ts'
import { buildRequest, sendRaw, type RawAnswer } from '../../../testing/raw-http.ts'
import { FAKE_CLIENT, startFakeLucca, type FakeLucca } from './fake-lucca.ts'
import { SESSION_SECRET, startTestConsole, testConfig, type TestConsole } from './harness.ts'

export const VIEWER = { username: 'vera', password: 'viewer-password-1234' }

/** What a case may use to build its request: the proxy's address and real session cookies. */
export interface AttackEnv {
  url: string
  /** host:port as the browser sends it */
  host: string
  admin: string
  viewer: string
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
}

/** Prefixes each case's name with its category, keeping the corpus readable as a plain list. */
export function category(prefix: string, cases: AttackCase[]): AttackCase[] {
  return cases.map((attack) => ({ ...attack, name: `${prefix}: ${attack.name}` }))
}

export interface AttackTarget {
  lucca: FakeLucca
  proxy: TestConsole
  dataDir: string
  env: AttackEnv
  answers: { name: string; answer: RawAnswer }[]
  run(attack: AttackCase): Promise<RawAnswer>
  /** Session cookies a test obtains on its own, to be checked for in every later answer and log line. */
  addSecret(...values: string[]): void
  finish(): Promise<void>
}

const STACK_TRACE = [/\bat [^\r\n]*:\d+:\d+/, /node:internal/, /node_modules/, /\.ts:\d+/]

export async function startAttackTarget(options: StartOptions = {}): Promise<AttackTarget> {
  const lucca = await startFakeLucca()
  const config = await testConfig(lucca)
  await new UserStore(config.dataDir, 2 ** 12).add(VIEWER.username, 'viewer', VIEWER.password)
  const proxy = await startTestConsole(config, undefined, options)
  const env: AttackEnv = {
    url: proxy.url,
    host: new URL(proxy.url).host,
    admin: await proxy.signIn(),
    viewer: await proxy.signIn(VIEWER.username, VIEWER.password),
  }
  const answers: AttackTarget['answers'] = []
  const extraSecrets: string[] = []
  let expectedHits = lucca.hits.length

  const secrets = () => {
    const cookies = [env.admin, env.viewer].map((cookie) => cookie.split('=').slice(1).join('='))
    const ids = cookies.map((value) => decodeURIComponent(value).split('.')[0] ?? value)
    return [FAKE_CLIENT.secret, SESSION_SECRET, ...lucca.issued, ...cookies, ...ids, ...extraSecrets]
  }

  const run = async (attack: AttackCase) => {
    const method = attack.method ?? 'GET'
    const before = lucca.hits.length
    const answer = await sendRaw(proxy.url, requestBytes(attack, env))
    answers.push({ name: attack.name, answer })
    expect({ status: answer.status, responses: answer.responses }).toEqual({
      status: attack.status,
      responses: 1,
    })
    checkAnswer(attack, method, answer, secrets())
    const hits = lucca.hits.slice(before)
    if (attack.forwards) expectedHits += 1
    if (!attack.forwards) expect(hits.map((hit) => `${hit.method} ${hit.url}`)).toEqual([])
    else {
      expect(hits.map((hit) => `${hit.method} ${hit.url}`)).toEqual([attack.forwards])
      const headers = hits[0]?.headers ?? {}
      // The browser's cookie and authorization never travel on: only the proxy's own bearer token.
      expect(headers.cookie).toBeUndefined()
      expect(lucca.issued).toContain(String(headers.authorization).replace(/^Bearer /, ''))
    }
    return answer
  }

  const finish = async () => {
    const health = await fetch(`${proxy.url}/healthz`)
    expect(health.status).toBe(200)
    // Also catches a refused request whose forwarding would have landed after its own case was checked.
    expect(lucca.hits.length).toBe(expectedHits)
    await proxy.close()
    await lucca.close()
    proxy.watch.secret(...lucca.issued)
    expect(proxy.watch.leaks()).toEqual([])
  }

  const addSecret = (...values: string[]) => {
    extraSecrets.push(...values)
    proxy.watch.secret(...values)
  }

  return { lucca, proxy, dataDir: config.dataDir, env, answers, run, addSecret, finish }
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
  expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8')
  expect(answer.headers['cache-control']).toBe('no-store')
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
