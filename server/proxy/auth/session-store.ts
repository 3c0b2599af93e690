import { createHash, randomBytes } from 'node:crypto'
import type { Role } from '../../../contract/console-api.ts'
import type { Database } from '../../db/database.ts'

export interface SessionRecord {
  username: string
  accountId: string
  createdAt: number
  lastSeenAt: number
  /** The user's session epoch at sign-in (users-store.ts). */
  sessionEpoch: number
}

/** What the company's provider gave at sign-in (issue 17): kept with the session, never sent to the browser. */
export interface ProviderTokens {
  sub: string
  sid: string | null
  idToken: string
  refreshToken: string | null
  /** When the provider is next asked whether the user may go on (epoch ms). */
  recheckAt: number
  /** The Lucca accounts the user's groups give (OIDC_ACCOUNT_GROUPS_*). */
  accounts: string[]
}

/** A session with its user as they are now: what every signed-in request needs, in one query. */
export interface StoredSession {
  record: SessionRecord
  user: { username: string; role: Role; sessionEpoch: number }
  /** A company sign-in's next recheck (epoch ms); null for a password sign-in. */
  recheckAt: number | null
  /** The accounts a company session may use; null: every account (a password sign-in). */
  accounts: string[] | null
}

/** A session as an admin may list it: `handle` names it without being a usable cookie. */
export interface SessionListing {
  handle: string
  accountId: string
  createdAt: Date
  lastSeenAt: Date
}

/** Rows are keyed by SHA-256 of the cookie's id: reading the table does not yield usable cookies. */
export const handleOf = (id: string) => createHash('sha256').update(id).digest('hex')

/**
 * Server-side sessions in the database every replica shares, read on each request with no cache: a
 * sign-out or a user change on one replica ends the session on all of them at once.
 */
export class SessionStore {
  constructor(private readonly db: Database) {}

  /** A new session, and the provider's tokens with it in the same transaction: never one without the other. */
  async create(record: SessionRecord, provider?: ProviderTokens): Promise<string> {
    const id = randomBytes(32).toString('base64url')
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('sessions')
        .values({
          id_hash: handleOf(id),
          username: record.username,
          account_id: record.accountId,
          epoch: record.sessionEpoch,
          created_at: new Date(record.createdAt),
          last_seen_at: new Date(record.lastSeenAt),
        })
        .execute()
      if (!provider) return
      await tx
        .insertInto('oidc_sessions')
        .values({
          session_id_hash: handleOf(id),
          sub: provider.sub,
          sid: provider.sid,
          id_token: provider.idToken,
          refresh_token: provider.refreshToken,
          recheck_at: new Date(provider.recheckAt),
          accounts: JSON.stringify(provider.accounts),
        })
        .execute()
    })
    return id
  }

  async get(id: string): Promise<StoredSession | null> {
    return (await this.getMany([id])).get(id) ?? null
  }

  /** Several sessions in one query (the live streams re-check theirs); those that ended are absent. */
  async getMany(ids: readonly string[]): Promise<Map<string, StoredSession>> {
    const byHandle = new Map(ids.map((id) => [handleOf(id), id]))
    const found = new Map<string, StoredSession>()
    if (byHandle.size === 0) return found
    const rows = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.username', 'sessions.username')
      .leftJoin('oidc_sessions', 'oidc_sessions.session_id_hash', 'sessions.id_hash')
      .select([
        'oidc_sessions.recheck_at',
        'oidc_sessions.accounts',
        'sessions.id_hash',
        'sessions.username',
        'sessions.account_id',
        'sessions.epoch',
        'sessions.created_at',
        'sessions.last_seen_at',
        'users.role',
        'users.session_epoch',
      ])
      .where('sessions.id_hash', 'in', [...byHandle.keys()])
      .execute()
    for (const row of rows) {
      const id = byHandle.get(row.id_hash)
      if (id === undefined) continue
      found.set(id, {
        record: {
          username: row.username,
          accountId: row.account_id,
          createdAt: row.created_at.getTime(),
          lastSeenAt: row.last_seen_at.getTime(),
          sessionEpoch: row.epoch,
        },
        user: { username: row.username, role: row.role, sessionEpoch: row.session_epoch },
        recheckAt: row.recheck_at ? row.recheck_at.getTime() : null,
        accounts: row.accounts === null ? null : (JSON.parse(row.accounts) as string[]),
      })
    }
    return found
  }

  async touch(id: string, lastSeenAt: number): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(lastSeenAt) })
      .where('id_hash', '=', handleOf(id))
      .execute()
  }

  async setAccount(id: string, accountId: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ account_id: accountId })
      .where('id_hash', '=', handleOf(id))
      .execute()
  }

  async destroy(id: string): Promise<void> {
    await this.destroyByHandle(handleOf(id))
  }

  /** Ends one session an admin picked from a user's list; false when it had ended already. */
  async destroyByHandle(handle: string, username?: string): Promise<boolean> {
    let query = this.db.deleteFrom('sessions').where('id_hash', '=', handle)
    if (username !== undefined) query = query.where('username', '=', username)
    return (await query.executeTakeFirst()).numDeletedRows > 0n
  }

  /** Every live session, grouped by user, for the Users page. */
  async listAll(): Promise<Map<string, SessionListing[]>> {
    const rows = await this.db.selectFrom('sessions').selectAll().orderBy('last_seen_at', 'desc').execute()
    const byUser = new Map<string, SessionListing[]>()
    for (const row of rows) {
      const listing = {
        handle: row.id_hash,
        accountId: row.account_id,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
      }
      byUser.set(row.username, [...(byUser.get(row.username) ?? []), listing])
    }
    return byUser
  }

  /** Deletes sessions idle since `idleBefore` or made before `createdBefore`. Returns how many. */
  async sweep(idleBefore: Date, createdBefore: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
