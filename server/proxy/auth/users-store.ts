import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_COST, hashPassword, verifyPassword } from './passwords.ts'
import type { Role } from '../../../contract/console-api.ts'

export const UsernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash, underscore')
const UserSchema = z.object({
  username: UsernameSchema,
  role: z.enum(['viewer', 'admin']),
  passwordHash: z.string(),
  createdAt: z.string(),
  // A session is valid only while it carries its user's current epoch: bumping it ends them all at once.
  sessionEpoch: z.number().int().nonnegative().default(0),
})
const FileSchema = z.object({ users: z.array(UserSchema) })
type User = z.infer<typeof UserSchema>

/**
 * Users in DATA_DIR/users.json, rewritten atomically (temp file + rename). Read on every call and parsed
 * only when its bytes changed, so the CLI and other replicas sharing DATA_DIR are seen at once, while a
 * signed-in request costs no JSON parse. (A stat-based check could miss two quick writes of one size.)
 */
export class UserStore {
  private readonly file: string
  // Verifying against a dummy hash for unknown users keeps response time from revealing who exists.
  private dummyHash: Promise<string> | null = null
  private cached: { text: string; users: readonly User[] } | null = null

  constructor(
    dataDir: string,
    private readonly cost = DEFAULT_COST,
  ) {
    this.file = join(dataDir, 'users.json')
  }

  async list(): Promise<readonly User[]> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return []
      throw error
    }
    if (this.cached?.text !== text) this.cached = { text, users: FileSchema.parse(JSON.parse(text)).users }
    return this.cached.users
  }

  async find(username: string): Promise<User | null> {
    return (await this.list()).find((user) => user.username === username) ?? null
  }

  async add(username: string, role: Role, password: string): Promise<void> {
    const passwordHash = await hashPassword(password, this.cost)
    const users = await this.list()
    if (users.some((user) => user.username === username)) throw new Error(`User ${username} already exists`)
    const user = UserSchema.parse({ username, role, passwordHash, createdAt: new Date().toISOString() })
    await this.save([...users, user])
  }

  /** Also ends the user's sessions: whoever knew the old password is signed out. */
  async setPassword(username: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password, this.cost)
    await this.change(username, (user) => ({ ...user, passwordHash, sessionEpoch: user.sessionEpoch + 1 }))
  }

  /** Also ends the user's sessions, so nobody keeps a page loaded with the old role's rights. */
  async setRole(username: string, role: Role): Promise<void> {
    await this.change(username, (user) => ({ ...user, role, sessionEpoch: user.sessionEpoch + 1 }))
  }

  async endSessions(username: string): Promise<void> {
    await this.change(username, (user) => ({ ...user, sessionEpoch: user.sessionEpoch + 1 }))
  }

  async remove(username: string): Promise<void> {
    await this.change(username, () => null)
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

  /** Replaces one user with `edit`'s result (null removes it); the cached list is never mutated. */
  private async change(username: string, edit: (user: User) => User | null): Promise<void> {
    const users = await this.list()
    const user = users.find((candidate) => candidate.username === username)
    if (!user) throw new Error(`No user ${username}`)
    const edited = users.map((candidate) => (candidate === user ? edit(user) : candidate))
    await this.save(edited.filter((candidate) => candidate !== null))
  }

  private async save(users: readonly User[]): Promise<void> {
    await mkdir(join(this.file, '..'), { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    await writeFile(temp, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 })
    await rename(temp, this.file)
  }
}
