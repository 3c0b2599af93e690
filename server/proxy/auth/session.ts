import type {} from '@fastify/cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Role } from '../../../contract/console-api.ts'
import { sendProblem } from '../problem.ts'
import type {
  ProviderTokens,
  SessionListing,
  SessionRecord,
  SessionStore,
  StoredSession,
} from './session-store.ts'

/** `__Host-`: Secure, Path=/, no Domain, so no sibling host or sub-path can set or read it. */
export const SESSION_COOKIE = '__Host-console-session'
// Writing the session row on every request would be wasteful; a minute's precision is plenty for idling.
const TOUCH_EVERY_MS = 60_000

export interface ActiveSession {
  id: string
  record: SessionRecord
  user: { username: string; role: Role }
  /** The Lucca accounts this session may use (company sign-in, OIDC_ACCOUNT_GROUPS_*); null: every one. */
  accounts: readonly string[] | null
}

/** What a session goes on with after a recheck: its role and the accounts it may use (null: every one). */
export interface SessionGrant {
  role: Role
  accounts: string[] | null
}

/**
 * Company sign-in's recheck with the provider (oidc-recheck.ts), asked when a session's time for it has
 * come: the role the user has now, or null to end the session.
 */
export type SessionCheck = (
  id: string,
  user: { username: string; role: Role },
  now: number,
  /** The accounts it may use until now. */
  current: string[] | null,
) => Promise<SessionGrant | null>

interface SessionTimeouts {
  idleSeconds: number
  absoluteSeconds: number
}

export class SessionService {
  constructor(
    private readonly store: SessionStore,
    private readonly timeouts: SessionTimeouts,
    private readonly now: () => number = Date.now,
    private readonly check?: SessionCheck,
  ) {}

  load(request: FastifyRequest): Promise<ActiveSession | null> {
    return this.loadChecked(request, true)
  }

  private async loadChecked(request: FastifyRequest, recheck: boolean): Promise<ActiveSession | null> {
    const raw = request.cookies[SESSION_COOKIE]
    if (!raw) return null
    const unsigned = request.unsignCookie(raw)
    if (!unsigned.valid || !unsigned.value) return null
    const id = unsigned.value
    const stored = await this.store.get(id)
    if (!stored) return null
    const { record, user } = stored
    const now = this.now()
    // The user comes with the session, as they are now: a role change or a reset on any replica (a new
    // epoch, and the row deleted in the same transaction) ends the session at once.
    if (this.expired(record, now) || user.sessionEpoch !== record.sessionEpoch) {
      await this.store.destroy(id)
      return null
    }
    const grant = recheck
      ? await this.recheck(id, stored, now)
      : { role: user.role, accounts: stored.accounts }
    if (grant === null) return null
    const { role, accounts } = grant
    // A recheck took the session's account away: it goes on with one of those left, never the one it lost.
    const [first] = accounts ?? []
    if (accounts !== null && first !== undefined && !accounts.includes(record.accountId)) {
      record.accountId = first
      await this.store.setAccount(id, first)
    }
    if (now - record.lastSeenAt > TOUCH_EVERY_MS) {
      record.lastSeenAt = now
      await this.store.touch(id, now)
    }
    return { id, record, user: { username: user.username, role }, accounts }
  }

  /** What a session goes on with, once the provider was asked if its time came; null: it has ended. */
  private async recheck(id: string, stored: StoredSession, now: number): Promise<SessionGrant | null> {
    const { user, recheckAt, accounts } = stored
    if (!this.check || recheckAt === null || recheckAt > now) return { role: user.role, accounts }
    const grant = await this.check(id, { username: user.username, role: user.role }, now, accounts)
    if (grant === null) await this.store.destroy(id)
    return grant
  }

  /**
   * Of these sessions, those that may go on, with their account now: for a long-lived answer (a live
   * stream) to end with its session. Reading them does not count as activity: an open stream alone does not
   * keep a session from idling out.
   */
  async stillActive(ids: readonly string[]): Promise<Map<string, string>> {
    const now = this.now()
    const active = new Map<string, string>()
    for (const [id, stored] of await this.store.getMany(ids)) {
      const { record, user } = stored
      if (this.expired(record, now) || user.sessionEpoch !== record.sessionEpoch) continue
      // A live stream alone rechecks too: an open tab does not outlast its user at the provider.
      const grant = await this.recheck(id, stored, now)
      // A stream on an account the session may no longer use ends; the next request moves the session.
      if (grant !== null && (grant.accounts === null || grant.accounts.includes(record.accountId)))
        active.set(id, record.accountId)
    }
    return active
  }

  /** Every user's sessions that can still be used, newest activity first. */
  async listActive(): Promise<Map<string, SessionListing[]>> {
    const now = this.now()
    const all = await this.store.listAll()
    for (const [username, listings] of all) {
      const usable = listings.filter(
        (listing) =>
          !this.expired(
            { createdAt: listing.createdAt.getTime(), lastSeenAt: listing.lastSeenAt.getTime() },
            now,
          ),
      )
      if (usable.length > 0) all.set(username, usable)
      else all.delete(username)
    }
    return all
  }

  /** Removes abandoned sessions; run at start and periodically. */
  sweep(): Promise<number> {
    const now = this.now()
    return this.store.sweep(
      new Date(now - this.timeouts.idleSeconds * 1000),
      new Date(now - this.timeouts.absoluteSeconds * 1000),
    )
  }

  private expired(record: { createdAt: number; lastSeenAt: number }, now: number): boolean {
    return (
      now - record.lastSeenAt > this.timeouts.idleSeconds * 1000 ||
      now - record.createdAt > this.timeouts.absoluteSeconds * 1000
    )
  }

  /** Always a fresh id at sign-in (session fixation); the previous session, if any, is destroyed. */
  async start(
    request: FastifyRequest,
    reply: FastifyReply,
    user: { username: string; sessionEpoch: number },
    accountId: string,
    provider?: Omit<ProviderTokens, 'recheckAt'> & { recheckSeconds: number },
  ) {
    const previous = await this.loadChecked(request, false)
    if (previous) await this.store.destroy(previous.id)
    const now = this.now()
    const { username, sessionEpoch } = user
    const record: SessionRecord = { username, accountId, createdAt: now, lastSeenAt: now, sessionEpoch }
    const id = await this.store.create(
      record,
      provider && { ...provider, recheckAt: now + provider.recheckSeconds * 1000 },
    )
    reply.setCookie(SESSION_COOKIE, id, {
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      signed: true,
    })
    return record
  }

  async switchAccount(session: ActiveSession, accountId: string): Promise<void> {
    session.record.accountId = accountId
    await this.store.setAccount(session.id, accountId)
  }

  /**
   * The request's session if it may go on: else the 401 (no session) or 403 (`role` required) is sent and
   * null returned, for the route to return the reply.
   */
  async require(request: FastifyRequest, reply: FastifyReply, role?: 'admin'): Promise<ActiveSession | null> {
    const session = await this.load(request)
    if (!session) sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
    else if (role && session.user.role !== role) sendProblem(reply, 403, 'Admins only', 'forbidden-role')
    else return session
    return null
  }

  /**
   * Signs out; returns the session that ended, if there was one. `before` runs while it still exists (to
   * read what the provider's sign-out needs); signing out never asks the provider first.
   */
  async end<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    before?: (session: ActiveSession) => Promise<T>,
  ): Promise<{ session: ActiveSession; before: T | undefined } | null> {
    const session = await this.loadChecked(request, false)
    const found = session && before ? await before(session) : undefined
    if (session) await this.store.destroy(session.id)
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' })
    return session && { session, before: found }
  }

  /** Ends one of a user's sessions, picked by its handle; false if it had ended already. */
  endOne(username: string, handle: string): Promise<boolean> {
    return this.store.destroyByHandle(handle, username)
  }
}
