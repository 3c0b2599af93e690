import type { Environment } from './accounts-config.ts'
import type { LuccaUpstream } from './upstream.ts'
import type { ClientCredentialsToken } from './token.ts'

/** What the SPA sees of an account (docs/architecture.md `Account`): no URL of the token host, no credential. */
interface PublicAccount {
  id: string
  label: string
  environment: Environment
  apiHost: string
  allowsPrivateReceivers: boolean
  /** The embedded emulator's local receiver (server/receiver), for trying the console without one. */
  testReceiverUrl: string | null
}

export interface RuntimeAccount {
  account: PublicAccount
  token: ClientCredentialsToken
  upstream: LuccaUpstream
}

export class AccountRegistry {
  private readonly byId: Map<string, RuntimeAccount>

  constructor(readonly all: readonly RuntimeAccount[]) {
    if (all.length === 0) throw new Error('At least one Lucca account is needed')
    this.byId = new Map(all.map((entry) => [entry.account.id, entry]))
  }

  get defaultId(): string {
    return this.all[0]?.account.id ?? ''
  }

  get(id: string): RuntimeAccount | undefined {
    return this.byId.get(id)
  }

  publicList(): PublicAccount[] {
    return this.all.map((entry) => entry.account)
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((entry) => entry.upstream.close()))
  }
}
