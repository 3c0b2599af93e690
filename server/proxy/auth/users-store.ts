import type { Role } from '../../../contract/console-api.ts'
import type { Database } from '../../db/database.ts'
import { isUniqueViolation } from '../../db/errors.ts'
import type { UserRow } from '../../db/schema.ts'
import { DEFAULT_COST, hashPassword, verifyPassword } from './passwords.ts'

export interface User {
  username: string
  role: Role
  passwordHash: string
  createdAt: string
  /** A session is valid only while it carries its user's current epoch: bumping it ends them all at once. */
  sessionEpoch: number
  /** How they sign in: the company's identity provider (no password), or a password of the console's. */
  source: 'company' | 'password'
  /** A company user's: the provider's group that gave the role at the last sign-in or recheck. */
  roleGroup: string | null
}

/** Why a change to the users was refused, in words a CLI can print and a route can map to a problem. */
export class UserChangeRefused extends Error {
  override name = 'UserChangeRefused'
  constructor(
    readonly reason: 'no-such-user' | 'exists' | 'last-admin' | 'company-user',
    message: string,
  ) {
    super(message)
  }
}

/** The password hash of a user who signs in through the identity provider: not a hash, so never verified. */
const EXTERNAL_HASH = 'oidc'

const toUser = (row: UserRow): User => ({
  username: row.username,
  role: row.role,
  passwordHash: row.password_hash,
  createdAt: row.created_at.toISOString(),
  sessionEpoch: row.session_epoch,
  source: row.password_hash === EXTERNAL_HASH ? 'company' : 'password',
  roleGroup: row.role_group,
})

/**
 * The console's users, in the database every replica shares. A change that ends a user's sessions (a
 * reset, a role change, removal, "end sessions") bumps their epoch and deletes their sessions in the same
 * transaction, so it holds on every replica at once.
 */
export class UserStore {
  // Verifying against a dummy hash for unknown users keeps response time from revealing who exists.
  private dummyHash: Promise<string> | null = null

  constructor(
    private readonly db: Database,
    private readonly cost = DEFAULT_COST,
  ) {}

  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('username').execute()
    return rows.map(toUser)
  }

  async find(username: string): Promise<User | null> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst()
    return row ? toUser(row) : null
  }

  async add(username: string, role: Role, password: string, alongside: Alongside = none): Promise<void> {
    const passwordHash = await hashPassword(password, this.cost)
    try {
      await this.db.transaction().execute(async (tx) => {
        await tx.insertInto('users').values({ username, role, password_hash: passwordHash }).execute()
        await alongside(tx)
      })
    } catch (error) {
      if (isUniqueViolation(error)) throw new UserChangeRefused('exists', `User ${username} already exists`)
      throw error
    }
  }

  /** A company user has no password, and is given none: that would make them a local user. */
  async setPassword(username: string, password: string, alongside: Alongside = none): Promise<void> {
    if ((await this.find(username))?.source === 'company')
      throw new UserChangeRefused('company-user', `${username} signs in with a company account: no password`)
    const passwordHash = await hashPassword(password, this.cost)
    await this.change(username, { password_hash: passwordHash }, false, alongside)
  }

  /** Nobody keeps a page loaded with the old role's rights. The last admin cannot become a viewer. */
  async setRole(username: string, role: Role, alongside: Alongside = none): Promise<void> {
    await this.change(username, { role }, role !== 'admin', alongside)
  }

  async endSessions(username: string, alongside: Alongside = none): Promise<void> {
    await this.change(username, {}, false, alongside)
  }

  /** The last admin cannot be removed. */
  async remove(username: string, alongside: Alongside = none): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await this.guardLastAdmin(tx, username)
      const removed = await tx.deleteFrom('users').where('username', '=', username).executeTakeFirst()
      if (removed.numDeletedRows === 0n) throw noSuchUser(username)
      await alongside(tx)
    })
  }

  /**
   * A user of the company's identity provider (issue 17), with the role their groups give now: created at
   * first sign-in, the role re-read at each one. Null when a local user already has that name: they are
   * never merged. The marker hash never verifies, so such a user has no password.
   */
  async upsertExternal(username: string, role: Role, group: string): Promise<User | null> {
    const row = await this.db
      .insertInto('users')
      .values({ username, role, password_hash: EXTERNAL_HASH, role_group: group })
      .onConflict((conflict) =>
        conflict
          .column('username')
          .doUpdateSet({ role, role_group: group })
          .where('users.password_hash', '=', EXTERNAL_HASH),
      )
      .returningAll()
      .executeTakeFirst()
    return row ? toUser(row) : null
  }

  /**
   * A company user's role and the group that gave it, as a recheck read them; written only when one of
   * them changed. Never makes a user: one removed meanwhile stays removed.
   */
  async updateExternal(username: string, role: Role, group: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ role, role_group: group })
      .where('username', '=', username)
      .where('password_hash', '=', EXTERNAL_HASH)
      .where((eb) => eb.or([eb('role', '<>', role), eb('role_group', 'is distinct from', group)]))
      .execute()
  }

  async authenticate(username: string, password: string): Promise<User | null> {
    const user = await this.find(username)
    if (!user) {
      this.dummyHash ??= hashPassword('dummy-password', this.cost)
      await verifyPassword(password, await this.dummyHash)
      return null
    }
    return (await verifyPassword(password, user.passwordHash)) ? user : null
  }

  /** One change that ends the user's sessions: a new epoch, and their session rows gone, in one go. */
  private async change(
    username: string,
    values: { password_hash?: string; role?: Role },
    leavesAdmins = false,
    alongside: Alongside = none,
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      if (leavesAdmins) await this.guardLastAdmin(tx, username)
      const updated = await tx
        .updateTable('users')
        .set((eb) => ({ ...values, session_epoch: eb('session_epoch', '+', 1) }))
        .where('username', '=', username)
        .executeTakeFirst()
      if (updated.numUpdatedRows === 0n) throw noSuchUser(username)
      await tx.deleteFrom('sessions').where('username', '=', username).execute()
      await alongside(tx)
    })
  }

  /**
   * Refuses to take away the last admin. The admins' rows stay locked until the transaction ends, so two
   * admins demoting each other at once on two replicas cannot both succeed.
   */
  private async guardLastAdmin(tx: Database, username: string): Promise<void> {
    const admins = await tx
      .selectFrom('users')
      .select('username')
      .where('role', '=', 'admin')
      .forUpdate()
      .execute()
    if (admins.length === 1 && admins[0]?.username === username) {
      throw new UserChangeRefused('last-admin', `${username} is the last admin: make another admin first`)
    }
  }
}

/**
 * Written in the same transaction as a change (its audit row): a process killed between the two leaves
 * neither, never a change the trail does not tell of.
 */
export type Alongside = (tx: Database) => Promise<unknown>
const none: Alongside = () => Promise.resolve()

function noSuchUser(username: string) {
  return new UserChangeRefused('no-such-user', `No user ${username}`)
}
