import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

const RecordSchema = z.object({
  username: z.string(),
  accountId: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  // The user's session epoch at sign-in (users-store.ts); files written before it existed carry 0.
  sessionEpoch: z.number().int().default(0),
})
export type SessionRecord = z.infer<typeof RecordSchema>

/**
 * Server-side sessions, one small file per session under DATA_DIR/sessions. Replicas that share
 * DATA_DIR (a shared volume) share sessions, and logout deletes the file, so a stolen cookie dies
 * with it. File names are SHA-256 of the id: reading the directory does not yield usable cookies.
 */
export class FileSessionStore {
  private readonly dir: string
  // Records read in the last second, so a page's burst of API calls reads the file once. A logout on
  // another replica therefore takes effect here within a second; on this replica, at once.
  private readonly recent = new Map<string, { record: SessionRecord; until: number }>()

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'sessions')
  }

  async create(record: SessionRecord): Promise<string> {
    const id = randomBytes(32).toString('base64url')
    await this.write(id, record)
    return id
  }

  async get(id: string): Promise<SessionRecord | null> {
    const hit = this.recent.get(id)
    if (hit && hit.until > Date.now()) return { ...hit.record }
    this.recent.delete(id)
    try {
      const record = RecordSchema.parse(JSON.parse(await readFile(this.path(id), 'utf8')))
      this.remember(id, record)
      return { ...record }
    } catch {
      return null
    }
  }

  async update(id: string, record: SessionRecord): Promise<void> {
    await this.write(id, record)
  }

  async destroy(id: string): Promise<void> {
    this.recent.delete(id)
    await rm(this.path(id), { force: true })
  }

  /** Deletes sessions that can no longer be used (abandoned without logout). Returns how many. */
  async sweep(isExpired: (record: SessionRecord) => boolean): Promise<number> {
    let names: string[]
    try {
      names = await readdir(this.dir)
    } catch {
      return 0
    }
    let removed = 0
    for (const name of names.filter((entry) => entry.endsWith('.json'))) {
      const file = join(this.dir, name)
      const record = RecordSchema.safeParse(JSON.parse(await readFile(file, 'utf8').catch(() => 'null')))
      if (!record.success || isExpired(record.data)) {
        await rm(file, { force: true })
        removed += 1
      }
    }
    return removed
  }

  /** Deletes every session file of one user (the users CLI, after it bumped the user's epoch). */
  endAllOf(username: string): Promise<number> {
    return this.sweep((record) => record.username === username)
  }

  private remember(id: string, record: SessionRecord) {
    if (this.recent.size > 10_000) this.recent.clear() // a bound, not an eviction policy: misses just re-read
    this.recent.set(id, { record: { ...record }, until: Date.now() + 1000 })
  }

  private async write(id: string, record: SessionRecord): Promise<void> {
    this.remember(id, record)
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const target = this.path(id)
    // A unique temp name: two requests touching the same session at once must not rename each other's file.
    const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
    await writeFile(temp, JSON.stringify(record), { mode: 0o600 })
    await rename(temp, target)
  }

  private path(id: string): string {
    return join(this.dir, `${createHash('sha256').update(id).digest('hex')}.json`)
  }
}
