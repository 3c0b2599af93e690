import { rm } from 'node:fs/promises'
import type { StartOptions } from '../server/proxy/server.ts'
import { freshDataDir } from './embedded-template.ts'
import { startOidcProvider } from './oidc-provider.ts'
import { freePort } from './ports.ts'
import { startStack, type InProcessStack } from './stack.ts'

export type OidcProvider = Awaited<ReturnType<typeof startOidcProvider>>

export interface CompanyConsole {
  stack: InProcessStack
  provider: OidcProvider
  /** PUBLIC_ORIGIN: the console's own address, which the provider redirects to. */
  origin: string
  close(): Promise<void>
}

/**
 * A console with company sign-in on (issue 17), in this process, against a real oidc-provider on loopback:
 * admins from `HR-Integrations-Admins`, viewers from `HR`. `env` adds to or overrides that (LOCAL_LOGIN…);
 * `logout` registers the provider's RP-initiated and back-channel logout for the console.
 */
export async function startCompanyConsole(input: {
  dataDirPrefix: string
  env?: Record<string, string>
  options?: StartOptions
  logout?: boolean
}): Promise<CompanyConsole> {
  const dataDir = await freshDataDir(input.dataDirPrefix)
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const secret = 'client-secret-'.repeat(3)
  const provider = await startOidcProvider({
    id: 'console',
    secret,
    redirectUri: `${origin}/api/session/oidc/callback`,
    ...(input.logout
      ? {
          postLogoutRedirectUri: `${origin}/`,
          backchannelLogoutUri: `${origin}/api/session/oidc/backchannel-logout`,
        }
      : {}),
  })
  const stack = await startStack({
    console: { run: 'in-process', options: input.options ?? {} },
    lucca: { emulator: 'in-process' },
    dataDir,
    env: {
      PORT: String(port),
      PUBLIC_ORIGIN: origin,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'console',
      OIDC_CLIENT_SECRET: secret,
      OIDC_ADMIN_GROUPS: 'HR-Integrations-Admins',
      OIDC_VIEWER_GROUPS: 'HR',
      ...input.env,
    },
  }).catch(async (error: unknown) => {
    await provider.close()
    throw error
  })
  return {
    stack,
    provider,
    origin,
    close: async () => {
      await stack.close()
      await provider.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
