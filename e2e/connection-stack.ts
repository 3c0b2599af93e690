// The console e2e/connection.spec.ts runs against: one Lucca account per failure of the connection check
// (issue 18), each as a real deployment would get it wrong, plus a healthy one. The emulator plays Lucca for
// the client ids it misconfigures (an unknown secret, a scope missing, webhooks not enabled); a server with a
// certificate nobody trusts, a port where nothing listens and a reserved `.invalid` name do the rest.
import { createServer } from 'node:https'
import { startLucca } from '../testing/lucca.ts'
import { startStack } from '../testing/stack.ts'
import { testCertificate } from '../testing/tls.ts'
import { E2E } from './env.ts'

const SECRET = 'connection-e2e-client-secret-42'
const all = ['webhook-endpoints.readwrite', 'webhook-deliveries.readwrite', 'events.readonly'] as const
const clients = [
  { id: 'console-healthy', secret: SECRET, scopes: all },
  // Without webhook-endpoints.readwrite (nor its read-only twin): the endpoints cannot even be listed.
  { id: 'console-no-endpoints', secret: SECRET, scopes: ['webhook-deliveries.readwrite', 'events.readonly'] },
  { id: 'console-no-webhooks', secret: SECRET, scopes: all, webhooksDisabled: true },
] as const

/** The accounts, by id: what the spec switches to, and the label the header shows. */
export const connectionAccounts = {
  healthy: 'Healthy account',
  'unknown-client': 'Unknown client',
  'no-scope': 'Missing scope',
  'no-webhooks': 'Webhooks not enabled',
  'token-down': 'Token endpoint down',
  untrusted: 'Untrusted certificate',
  'no-dns': 'Unknown host',
} as const
type AccountId = keyof typeof connectionAccounts

export async function startConnectionConsole(): Promise<{ close(): Promise<void> }> {
  const cleanup: (() => Promise<unknown>)[] = []
  const close = async () => {
    for (const step of cleanup.reverse()) await step()
  }
  try {
    const lucca = await startLucca({
      emulator: 'in-process',
      options: { clients: clients.map((client) => ({ ...client, scopes: [...client.scopes] })) },
    })
    cleanup.push(() => lucca.close())
    const { key, cert } = await testCertificate()
    const untrusted = createServer({ key, cert }, (_request, response) => response.end('{}'))
    const { untrusted: untrustedPort, closed } = E2E.ports.connection
    await new Promise<void>((resolve) => untrusted.listen(untrustedPort, '127.0.0.1', resolve))
    cleanup.push(() => new Promise((resolve) => untrusted.close(resolve)))
    const untrustedUrl = `https://127.0.0.1:${untrustedPort}`
    const emulator = { api: lucca.apiUrl, token: lucca.tokenUrl }
    const accounts: Record<AccountId, { api: string; token: string; clientId: string; secret?: string }> = {
      healthy: { ...emulator, clientId: 'console-healthy' },
      'unknown-client': { ...emulator, clientId: 'console-healthy', secret: 'not-the-secret-lucca-knows' },
      'no-scope': { ...emulator, clientId: 'console-no-endpoints' },
      'no-webhooks': { ...emulator, clientId: 'console-no-webhooks' },
      'token-down': {
        ...emulator,
        token: `http://127.0.0.1:${closed}/connect/token`,
        clientId: 'console-healthy',
      },
      untrusted: { api: untrustedUrl, token: `${untrustedUrl}/connect/token`, clientId: 'console-healthy' },
      'no-dns': { api: 'https://acme.invalid', token: 'https://acme.invalid/connect/token', clientId: 'c' },
    }
    const env: Record<string, string> = { LUCCA_ACCOUNTS: Object.keys(accounts).join(',') }
    for (const [id, account] of Object.entries(accounts)) {
      const prefix = `LUCCA_${id.toUpperCase().replaceAll('-', '_')}_`
      Object.assign(env, {
        [`${prefix}API_URL`]: account.api,
        [`${prefix}TOKEN_URL`]: account.token,
        [`${prefix}CLIENT_ID`]: account.clientId,
        [`${prefix}CLIENT_SECRET`]: account.secret ?? SECRET,
        [`${prefix}LABEL`]: connectionAccounts[id as AccountId],
        [`${prefix}ENVIRONMENT`]: 'test',
      })
    }
    const stack = await startStack({
      staticDir: 'dist',
      ports: { console: E2E.ports.connection.console },
      lucca,
      env: {
        ...env,
        // As `npm start` runs it: the endpoint list is the collector's copy of the account.
        COLLECTOR: 'on',
        // A refused or unanswered connection becomes its message within a second or two.
        UPSTREAM_CONNECT_TIMEOUT_MS: '1000',
        UPSTREAM_HEADERS_TIMEOUT_MS: '2000',
        // Each failure stays its own message: the breaker would turn them all into "calls are paused".
        CIRCUIT_FAILURE_THRESHOLD: '1000',
      },
    })
    cleanup.push(() => stack.close())
  } catch (error) {
    await close()
    throw error
  }
  return { close }
}
