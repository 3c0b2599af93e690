// The console e2e/oidc.spec.ts runs against: company sign-in on (issue 17), through a real OpenID provider
// (oidc-provider, testing/oidc-provider.ts) whose login and consent pages Chromium fills in, passwords off.
// The provider's directory is changed over HTTP (`PUT /users/:sub` with the groups, `DELETE /users/:sub`):
// the specs run in other processes than this global setup.
import { createServer } from 'node:http'
import { startOidcProvider } from '../testing/oidc-provider.ts'
import { startStack } from '../testing/stack.ts'
import { E2E } from './env.ts'

export const oidcGroups = { admins: 'HR-Integrations-Admins', viewers: 'HR' }

export async function startOidcConsole(emulator: {
  url: string
  receiverUrl: string
}): Promise<{ close(): Promise<void> }> {
  const cleanup: (() => Promise<unknown>)[] = []
  const close = async () => {
    for (const step of cleanup.reverse()) await step()
  }
  try {
    const origin = E2E.oidcConsoleUrl
    const secret = 'e2e-company-client-secret-42'
    const provider = await startOidcProvider({
      id: 'console',
      secret,
      redirectUri: `${origin}/api/session/oidc/callback`,
      postLogoutRedirectUri: `${origin}/`,
      backchannelLogoutUri: `${origin}/api/session/oidc/backchannel-logout`,
    })
    cleanup.push(() => provider.close())
    const directory = createServer((request, response) => {
      const sub = /^\/users\/([\w.-]{1,64})$/.exec(request.url ?? '')?.[1]
      if (!sub) return response.writeHead(404).end()
      if (request.method === 'DELETE') {
        provider.removeUser(sub)
        return response.writeHead(204).end()
      }
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        provider.setUser(sub, JSON.parse(body) as string[])
        response.writeHead(204).end()
      })
    })
    await new Promise<void>((resolve) => directory.listen(E2E.ports.oidc.directory, '127.0.0.1', resolve))
    cleanup.push(() => new Promise((resolve) => directory.close(resolve)))
    const stack = await startStack({
      staticDir: 'dist',
      ports: { console: E2E.ports.oidc.console },
      lucca: { emulator },
      env: {
        LUCCA_LABEL: 'Acme',
        COLLECTOR: 'off',
        PUBLIC_ORIGIN: origin,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'console',
        OIDC_CLIENT_SECRET: secret,
        OIDC_ADMIN_GROUPS: oidcGroups.admins,
        OIDC_VIEWER_GROUPS: oidcGroups.viewers,
        LOCAL_LOGIN: 'off',
        // Three seconds, so a user removed at the provider is seen gone within a spec's patience.
        OIDC_RECHECK_MINUTES: '0.05',
      },
    })
    cleanup.push(() => stack.close())
  } catch (error) {
    await close()
    throw error
  }
  return { close }
}
