import type {} from '@fastify/cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Role } from '../../../contract/console-api.ts'
import type { FileSessionStore, SessionRecord } from './session-store.ts'
import type { UserStore } from './users-store.ts'

/** `__Host-`: Secure, Path=/, no Domain, so no sibling host or sub-path can set or read it. */
export const SESSION_COOKIE = '__Host-console-session'
// Rewriting the session file on every request would be wasteful; a minute's precision is plenty for idling.
const TOUCH_EVERY_MS = 60_000

export interface ActiveSession {
  id: string
  record: SessionRecord
  user: { username: string; role: Role }
}

interface SessionTimeouts {
  idleSeconds: number
  absoluteSeconds: number
}

export class SessionService {
  constructor(
    private readonly store: FileSessionStore,
    private readonly users: UserStore,
    private readonly timeouts: SessionTimeouts,
    private readonly now: () => number = Date.now,
  ) {}

  async load(request: FastifyRequest): Promise<ActiveSession | null> {
    const raw = request.cookies[SESSION_COOKIE]
    if (!raw) return null
    const unsigned = request.unsignCookie(raw)
    if (!unsigned.valid || !unsigned.value) return null
    const id = unsigned.value
    const record = await this.store.get(id)
    if (!record) return null
    const now = this.now()
    // The user is read from the user store each time, so a removal, a role change, a password reset or
    // end-sessions (a new epoch) ends the session at once, even while its record is in the 1 s cache.
    const user = this.expired(record, now) ? null : await this.users.find(record.username)
    if (!user || user.sessionEpoch !== record.sessionEpoch) {
      await this.store.destroy(id)
      return null
    }
    if (now - record.lastSeenAt > TOUCH_EVERY_MS) {
      record.lastSeenAt = now
      await this.store.update(id, record)
    }
    return { id, record, user: { username: user.username, role: user.role } }
  }

  /** Removes abandoned session files; run at start and periodically. */
  sweep(): Promise<number> {
    const now = this.now()
    return this.store.sweep((record) => this.expired(record, now))
  }

  private expired(record: SessionRecord, now: number): boolean {
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
  ) {
    const previous = await this.load(request)
    if (previous) await this.store.destroy(previous.id)
    const now = this.now()
    const { username, sessionEpoch } = user
    const record: SessionRecord = { username, accountId, createdAt: now, lastSeenAt: now, sessionEpoch }
    const id = await this.store.create(record)
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
    await this.store.update(session.id, session.record)
  }

  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const session = await this.load(request)
    if (session) await this.store.destroy(session.id)
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' })
  }
}
