import type { Account } from '../../contract/console-api.ts'
import type { ConnectionCheck } from '../../contract/console-connection-api.ts'
import type { LuccaUpstream } from './upstream.ts'
import type { ClientCredentialsToken } from './token.ts'

export interface RuntimeAccount {
  account: Account
  /** Lucca's API origin for this account (never sent to the browser). */
  apiUrl: string
  token: ClientCredentialsToken
  upstream: LuccaUpstream
  /** Steps 1–7 of the connection check (connection/check.ts), spending this account's budget. */
  checkConnection(): Promise<ConnectionCheck>
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

  publicList(): Account[] {
    return this.all.map((entry) => entry.account)
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((entry) => entry.upstream.close()))
  }
}
