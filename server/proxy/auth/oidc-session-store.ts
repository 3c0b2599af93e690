import type { Database } from '../../db/database.ts'
import { handleOf } from './session-store.ts'

/** A session's provider tokens, as a recheck or a sign-out needs them. */
export interface ProviderSession {
  username: string
  sub: string
  idToken: string
  refreshToken: string | null
}

/**
 * The provider's side of company sessions (0008-oidc-sessions): rechecks, sign-out at the provider and
 * back-channel logout. The rows are made with their session (SessionStore.create) and go with it.
 */
export class OidcSessionStore {
  constructor(private readonly db: Database) {}

  /**
   * Takes the session's recheck if it is due: its time moves to `leaseUntil` in the same statement, so two
   * requests (or replicas) never spend one refresh token twice (a provider that rotates them would revoke
   * the grant). Null when it is not due, or another request holds it.
   */
  async claim(id: string, now: number, leaseUntil: number): Promise<ProviderSession | null> {
    const row = await this.db
      .updateTable('oidc_sessions')
      .set({ recheck_at: new Date(leaseUntil) })
      .from('sessions')
      .whereRef('sessions.id_hash', '=', 'oidc_sessions.session_id_hash')
      .where('oidc_sessions.session_id_hash', '=', handleOf(id))
      .where('oidc_sessions.recheck_at', '<=', new Date(now))
      .returning([
        'sessions.username',
        'oidc_sessions.sub',
        'oidc_sessions.id_token',
        'oidc_sessions.refresh_token',
      ])
      .executeTakeFirst()
    return row ? toSession(row) : null
  }

  /** After a recheck the provider accepted: its new tokens (when it sent some) and the next recheck's time. */
  async renew(
    id: string,
    tokens: { idToken: string | undefined; refreshToken: string | undefined },
    recheckAt: number,
    accounts: readonly string[],
  ): Promise<void> {
    await this.db
      .updateTable('oidc_sessions')
      .set({
        recheck_at: new Date(recheckAt),
        accounts: JSON.stringify(accounts),
        ...(tokens.idToken === undefined ? {} : { id_token: tokens.idToken }),
        ...(tokens.refreshToken === undefined ? {} : { refresh_token: tokens.refreshToken }),
      })
      .where('session_id_hash', '=', handleOf(id))
      .execute()
  }

  async find(id: string): Promise<ProviderSession | null> {
    const row = await this.db
      .selectFrom('oidc_sessions')
      .innerJoin('sessions', 'sessions.id_hash', 'oidc_sessions.session_id_hash')
      .select([
        'sessions.username',
        'oidc_sessions.sub',
        'oidc_sessions.id_token',
        'oidc_sessions.refresh_token',
      ])
      .where('oidc_sessions.session_id_hash', '=', handleOf(id))
      .executeTakeFirst()
    return row ? toSession(row) : null
  }

  /**
   * Ends the sessions a back-channel logout names: those of its provider session (`sid`), else all of its
   * user's (`sub`); both given, both must match. Returns whose sessions ended, one name per session.
   */
  async endMatching(match: { sub: string | undefined; sid: string | undefined }): Promise<string[]> {
    if (match.sub === undefined && match.sid === undefined) return []
    let handles = this.db.selectFrom('oidc_sessions').select('session_id_hash')
    if (match.sid !== undefined) handles = handles.where('sid', '=', match.sid)
    if (match.sub !== undefined) handles = handles.where('sub', '=', match.sub)
    const ended = await this.db
      .deleteFrom('sessions')
      .where('id_hash', 'in', handles)
      .returning('username')
      .execute()
    return ended.map((row) => row.username)
  }
}

function toSession(row: { username: string; sub: string; id_token: string; refresh_token: string | null }) {
  return { username: row.username, sub: row.sub, idToken: row.id_token, refreshToken: row.refresh_token }
}
