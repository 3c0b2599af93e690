import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DEFAULT_COST, hashPassword, verifyPassword } from './passwords.ts'
import type { Role } from './roles.ts'

export const UsernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash, underscore')
const UserSchema = z.object({
  username: UsernameSchema,
  role: z.enum(['viewer', 'admin']),
  passwordHash: z.string(),
  createdAt: z.string(),
})
const FileSchema = z.object({ users: z.array(UserSchema) })
type User = z.infer<typeof UserSchema>

/**
 * Users in DATA_DIR/users.json, rewritten atomically (temp file + rename). Checked on every call (a stat,
 * and a read only when the file changed) so the CLI and other replicas sharing DATA_DIR see the same users
 * without a restart, while a signed-in request costs no JSON parse.
 */
export class UserStore {
  private readonly file: string
  // Verifying against a dummy hash for unknown users keeps response time from revealing who exists.
  private dummyHash: Promise<string> | null = null

  constructor(
    dataDir: string,
    private readonly cost = DEFAULT_COST,
  ) {
    this.file = join(dataDir, 'users.json')
  }

  private cached: { version: string; users: User[] } | null = null

  async list(): Promise<User[]> {
    try {
      const { mtimeMs, size, ino } = await stat(this.file)
      const version = `${ino}:${mtimeMs}:${size}`
      if (this.cached?.version === version) return this.cached.users
      const users = FileSchema.parse(JSON.parse(await readFile(this.file, 'utf8'))).users
      this.cached = { version, users }
      return users
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return []
      throw error
    }
  }

  async find(username: string): Promise<User | null> {
    return (await this.list()).find((user) => user.username === username) ?? null
  }

  async add(username: string, role: Role, password: string): Promise<void> {
    const users = await this.list()
    if (users.some((user) => user.username === username)) throw new Error(`User ${username} already exists`)
    const user = {
      username,
      role,
      passwordHash: await hashPassword(password, this.cost),
      createdAt: new Date().toISOString(),
    }
    await this.save([...users, UserSchema.parse(user)])
  }

  async setPassword(username: string, password: string): Promise<void> {
    const users = await this.list()
    const user = users.find((candidate) => candidate.username === username)
    if (!user) throw new Error(`No user ${username}`)
    user.passwordHash = await hashPassword(password, this.cost)
    await this.save(users)
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

  private async save(users: User[]): Promise<void> {
    await mkdir(join(this.file, '..'), { recursive: true })
    const temp = `${this.file}.${process.pid}.tmp`
    await writeFile(temp, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 })
    await rename(temp, this.file)
  }
}
