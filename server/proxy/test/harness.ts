import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig, type ProxyConfig } from '../config.ts'
import { startConsole, type RunningConsole, type StartOptions } from '../server.ts'
import { FAKE_CLIENT, type FakeLucca } from './fake-lucca.ts'
import { LeakWatch } from '../../../testing/leak-watch.ts'

export const ADMIN_PASSWORD = 'test-admin-password-123'
export const SESSION_SECRET = 'test-session-secret-0123456789-abcdefgh'
export const PUBLIC_ADDRESS = '93.184.215.14'

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'proxy-test-'))
}

/** A built-SPA stand-in: an index.html and one hashed asset. */
export async function fakeDist(): Promise<string> {
  const dir = await tempDir()
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>console</title><div id="root"></div>')
  await writeFile(join(dir, 'assets', 'app-abc123.js'), 'console.log("app")')
  return dir
}

export async function testConfig(
  lucca: FakeLucca | null,
  env: Record<string, string> = {},
): Promise<ProxyConfig> {
  const dataDir = await tempDir()
  return parseConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    STATIC_DIR: await fakeDist(),
    LOG_LEVEL: 'debug',
    ADMIN_PASSWORD,
    EMULATOR_PORT: '0',
    RECEIVER_PORT: '0',
    EMULATOR_STORE: 'memory',
    ...(lucca
      ? {
          SESSION_SECRET,
          LUCCA_API_URL: lucca.url,
          LUCCA_TOKEN_URL: `${lucca.url}/connect/token`,
          LUCCA_CLIENT_ID: FAKE_CLIENT.id,
          LUCCA_CLIENT_SECRET: FAKE_CLIENT.secret,
          LUCCA_ENVIRONMENT: 'sandbox',
        }
      : {}),
    ...env,
  })
}

export interface TestConsole extends RunningConsole {
  watch: LeakWatch
  /** fetch() as the SPA would: same origin, CSRF header on writes, the session cookie if signed in. */
  call(
    path: string,
    init?: { method?: string; body?: unknown; cookie?: string | null; headers?: Record<string, string> },
  ): Promise<{
    status: number
    headers: Headers
    text: string
    json: () => unknown
  }>
  signIn(username?: string, password?: string): Promise<string>
}

export async function startTestConsole(
  config: ProxyConfig,
  watch = new LeakWatch(),
  options: StartOptions = {},
): Promise<TestConsole> {
  watch.secret(FAKE_CLIENT.secret, SESSION_SECRET)
  const running = await startConsole(config, {
    logDestination: watch.stream,
    // No DNS leaves the machine in a test: every receiver name is a public host unless a test says otherwise.
    resolveHost: async () => [PUBLIC_ADDRESS],
    scryptCost: 2 ** 12,
    retryBaseMs: 5,
    print: () => undefined,
    ...options,
  })
  const call: TestConsole['call'] = async (path, init = {}) => {
    const method = init.method ?? 'GET'
    const headers: Record<string, string> = {
      origin: running.url,
      'sec-fetch-site': 'same-origin',
      ...init.headers,
    }
    if (method !== 'GET' && method !== 'HEAD') headers['x-console-request'] ??= '1'
    if (init.cookie) headers.cookie = init.cookie
    if (init.body !== undefined) headers['content-type'] ??= 'application/json'
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers,
      ...(init.body !== undefined
        ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
        : {}),
    })
    const text = await response.text()
    // The Set-Cookie that carries the session is the one place its value may appear.
    const visible = [...response.headers].filter(([name]) => name !== 'set-cookie')
    watch.seenByBrowser.push(JSON.stringify(visible), text)
    for (const cookie of response.headers.getSetCookie()) {
      const value = cookie.split(';')[0]?.split('=').slice(1).join('=')
      if (value) watch.secret(value, decodeURIComponent(value))
    }
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) }
  }
  const signIn: TestConsole['signIn'] = async (username = 'admin', password = ADMIN_PASSWORD) => {
    const response = await call('/api/session', { method: 'POST', body: { username, password } })
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`)
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0]
    if (!cookie) throw new Error('no session cookie')
    return cookie
  }
  const close = async () => {
    watch.secret(...running.secrets.snapshot())
    await running.close()
  }
  return { ...running, close, watch, call, signIn }
}
