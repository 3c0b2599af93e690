import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ConnectionCheck } from '../../../contract/console-connection-api.ts'
import { startLucca, type Lucca } from '../../../testing/lucca.ts'
import { freePort } from '../../../testing/ports.ts'
import { testCertificate } from '../../../testing/tls.ts'
import type { AccountConfig } from '../accounts-config.ts'
import { runDoctor } from '../doctor-cli.ts'
import { checkConnection } from './check.ts'

// Every failure of issue 18, through real HTTP: the emulator set to misbehave, a closed port, a server whose
// certificate nobody trusts, and a name that cannot resolve (RFC 2606 `.invalid`).
const SECRET = 'a-long-enough-client-secret-4242'
const clients = [
  {
    id: 'healthy',
    secret: SECRET,
    scopes: ['webhook-endpoints.readwrite', 'webhook-deliveries.readwrite', 'events.readonly'] as const,
  },
  {
    id: 'no-events',
    secret: SECRET,
    scopes: ['webhook-endpoints.readwrite', 'webhook-deliveries.readwrite'] as const,
  },
  {
    id: 'read-only',
    secret: SECRET,
    scopes: ['webhook-endpoints.readonly', 'webhook-deliveries.readonly', 'events.readonly'] as const,
  },
  {
    id: 'no-webhooks',
    secret: SECRET,
    scopes: ['webhook-endpoints.readwrite', 'webhook-deliveries.readwrite', 'events.readonly'] as const,
    webhooksDisabled: true,
  },
]

let lucca: Lucca
let emulator: { url: string }
let untrusted: Server
let untrustedUrl: string
let closedUrl: string

beforeAll(async () => {
  lucca = await startLucca({ emulator: 'in-process', options: { clients } })
  emulator = { url: lucca.apiUrl }
  const { key, cert } = await testCertificate()
  untrusted = createServer({ key, cert }, (_request, response) => response.end('{}'))
  await new Promise<void>((resolve) => untrusted.listen(0, '127.0.0.1', resolve))
  untrustedUrl = `https://127.0.0.1:${(untrusted.address() as AddressInfo).port}`
  closedUrl = `http://127.0.0.1:${await freePort()}`
})
afterAll(async () => {
  await lucca.close()
  await new Promise((resolve) => untrusted.close(resolve))
})

function account(overrides: Partial<AccountConfig> = {}): AccountConfig {
  return {
    id: 'acme',
    label: 'Acme',
    environment: 'test',
    apiUrl: emulator.url,
    tokenUrl: `${emulator.url}/connect/token`,
    clientId: 'healthy',
    clientSecret: SECRET,
    scope: undefined,
    ...overrides,
  }
}

const run = (overrides: Partial<AccountConfig> = {}) =>
  checkConnection({ account: account(overrides), connectTimeoutMs: 1000, headersTimeoutMs: 2000 })

const step = (check: ConnectionCheck, id: string) => {
  const found = check.steps.find((s) => s.id === id)
  if (!found) throw new Error(`no step ${id}`)
  return found
}
const statuses = (check: ConnectionCheck) => check.steps.map((s) => `${s.id}:${s.status}`)

describe('checkConnection', () => {
  test('a healthy account passes every step, spending two calls of the budget', async () => {
    let slots = 0
    const check = await checkConnection({
      account: account(),
      connectTimeoutMs: 1000,
      headersTimeoutMs: 2000,
      takeSlot: () => (slots += 1) > 0,
      usage: () => ({ limit: 45, collectorShare: 10, used: slots, collector: 0 }),
    })
    expect(check.ok).toBe(true)
    expect(check.steps.map((s) => s.status)).toEqual(Array(7).fill('ok'))
    expect(slots).toBe(2)
    expect(step(check, 'budget').values).toMatchObject({ used: '2', limit: '45' })
    expect(JSON.stringify(check)).not.toContain(SECRET)
  })

  test('an unknown client: Lucca does not recognise the id and secret, with the Integration keys URL', async () => {
    const check = await run({ clientSecret: 'a-wrong-secret-of-enough-length' })
    expect(check.ok).toBe(false)
    const credentials = step(check, 'credentials')
    expect(credentials).toMatchObject({ status: 'failed', reason: 'invalid_client' })
    expect(credentials.result).toContain('Lucca does not recognise this client id and secret')
    expect(credentials.fix).toContain(`${emulator.url}/identity/admin/integration-keys`)
    expect(statuses(check).slice(4)).toEqual(['scopes:skipped', 'webhook-api:skipped', 'budget:skipped'])
  })

  test('a client without one scope: says which is missing and what stops working', async () => {
    const check = await run({ clientId: 'no-events' })
    const scopes = step(check, 'scopes')
    expect(scopes).toMatchObject({
      status: 'failed',
      reason: 'missing-scopes',
      values: { missing: 'events.readonly' },
    })
    expect(scopes.result).toContain('the events behind deliveries cannot be shown')
  })

  test('a read-only client: a warning that you can look but not create', async () => {
    const check = await run({ clientId: 'read-only' })
    const scopes = step(check, 'scopes')
    expect(scopes.status).toBe('warning')
    expect(scopes.result).toContain('read-only: you can look at endpoints but not create')
    expect(check.ok).toBe(true)
  })

  test('webhooks not enabled: a 403 on the collection points to Lucca support', async () => {
    const check = await run({ clientId: 'no-webhooks' })
    const api = step(check, 'webhook-api')
    expect(api).toMatchObject({ status: 'failed', reason: 'not-enabled' })
    expect(api.fix).toContain('Lucca support')
    expect(api.detail).toContain('HTTP 403')
  })

  test('the token endpoint down: the API answers, the token endpoint refuses the connection', async () => {
    const check = await run({ tokenUrl: `${closedUrl}/connect/token` })
    expect(step(check, 'reach').status).toBe('ok')
    expect(step(check, 'token-endpoint')).toMatchObject({ status: 'failed', reason: 'refused' })
  })

  test('a certificate the console does not trust: a TLS failure, with the code', async () => {
    const check = await run({ apiUrl: untrustedUrl, tokenUrl: `${untrustedUrl}/connect/token` })
    const reach = step(check, 'reach')
    expect(reach).toMatchObject({ status: 'failed', reason: 'tls' })
    expect(reach.detail).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY/)
  })

  test('a host that does not resolve: a DNS failure', async () => {
    const check = await run({
      apiUrl: 'https://lucca.invalid',
      tokenUrl: 'https://lucca.invalid/connect/token',
    })
    expect(step(check, 'reach')).toMatchObject({ status: 'failed', reason: 'dns' })
    expect(step(check, 'reach').result).toContain('lucca.invalid does not exist')
  })
})

describe('npm run doctor', () => {
  const env = (overrides: Record<string, string>) => ({
    SESSION_SECRET: 'x'.repeat(40),
    LUCCA_API_URL: emulator.url,
    LUCCA_TOKEN_URL: `${emulator.url}/connect/token`,
    LUCCA_CLIENT_ID: 'healthy',
    LUCCA_CLIENT_SECRET: SECRET,
    ...overrides,
  })
  const doctor = async (overrides: Record<string, string> = {}) => {
    const lines: string[] = []
    const code = await runDoctor(env(overrides), (line) => lines.push(line))
    return { code, output: lines.join('\n') }
  }

  test('a healthy account: every step ok, exit 0, the secret masked, the account named after its host', async () => {
    const { code, output } = await doctor()
    expect(code).toBe(0)
    expect(output).toContain(`Lucca connection check: ${new URL(emulator.url).host}`)
    expect(output.match(/\[ ok \]/g)).toHaveLength(7)
    expect(output).not.toContain(SECRET)
    expect(output).toContain('Client secret: ••••')
  })

  test.each([
    [
      'an unknown client',
      { LUCCA_CLIENT_SECRET: 'a-wrong-secret-of-enough-length' },
      '[FAIL] 4. Client id and secret accepted: Lucca does not recognise this client id and secret',
    ],
    [
      'a client without one scope',
      { LUCCA_CLIENT_ID: 'no-events' },
      '[FAIL] 5. Scopes granted: Missing: events.readonly',
    ],
    ['webhooks not enabled', { LUCCA_CLIENT_ID: 'no-webhooks' }, 'ask Lucca support to enable them'],
    ['the token endpoint down', { LUCCA_TOKEN_URL: 'closed' }, '[FAIL] 3. Token endpoint answers: 127.0.0.1'],
    ['a certificate not trusted', { LUCCA_API_URL: '', LUCCA_TOKEN_URL: '' }, 'is not trusted'],
    [
      'a host that does not resolve',
      { LUCCA_API_URL: 'https://lucca.invalid', LUCCA_TOKEN_URL: 'https://lucca.invalid/connect/token' },
      'The name lucca.invalid does not exist (DNS)',
    ],
  ] as [string, Record<string, string>, string][])(
    '%s: exit 1, the step and its fix',
    async (_name, overrides, expected) => {
      // The servers' addresses are known only once beforeAll has run.
      const { code, output } = await doctor(
        overrides.LUCCA_API_URL === ''
          ? { LUCCA_API_URL: untrustedUrl, LUCCA_TOKEN_URL: `${untrustedUrl}/connect/token` }
          : overrides.LUCCA_TOKEN_URL === 'closed'
            ? { LUCCA_TOKEN_URL: `${closedUrl}/connect/token` }
            : overrides,
      )
      expect(code).toBe(1)
      expect(output).toContain(expected)
      expect(output).toContain('Fix: ')
      expect(output).not.toContain('a-wrong-secret-of-enough-length')
    },
  )

  test('a malformed configuration: step 1 fails with every problem, exit 1', async () => {
    const { code, output } = await doctor({
      LUCCA_API_URL: 'http://acme.ilucca.net',
      LUCCA_CLIENT_SECRET: 'short',
    })
    expect(code).toBe(1)
    expect(output).toContain('[FAIL] 1. Configuration')
    expect(output).toContain('LUCCA_API_URL: must use https://')
  })
})
