import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

const RecordSchema = z.object({
  username: z.string(),
  accountId: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
})
export type SessionRecord = z.infer<typeof RecordSchema>

/**
 * Server-side sessions, one small file per session under DATA_DIR/sessions. Replicas that share
 * DATA_DIR (a shared volume) share sessions, and logout deletes the file, so a stolen cookie dies
 * with it. File names are SHA-256 of the id: reading the directory does not yield usable cookies.
 */
export class FileSessionStore {
  private readonly dir: string

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'sessions')
  }

  async create(record: SessionRecord): Promise<string> {
    const id = randomBytes(32).toString('base64url')
    await this.write(id, record)
    return id
  }

  async get(id: string): Promise<SessionRecord | null> {
    try {
      return RecordSchema.parse(JSON.parse(await readFile(this.path(id), 'utf8')))
    } catch {
      return null
    }
  }

  async update(id: string, record: SessionRecord): Promise<void> {
    await this.write(id, record)
  }

  async destroy(id: string): Promise<void> {
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

  private async write(id: string, record: SessionRecord): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const target = this.path(id)
    const temp = `${target}.${process.pid}.tmp`
    await writeFile(temp, JSON.stringify(record), { mode: 0o600 })
    await rename(temp, target)
  }

  private path(id: string): string {
    return join(this.dir, `${createHash('sha256').update(id).digest('hex')}.json`)
  }
}
