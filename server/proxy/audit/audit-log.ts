import { randomBytes } from 'node:crypto'
import { appendFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { AuditEntrySchema, type AuditEntry } from '../../../contract/console-api.ts'
import { linesFromEnd } from './lines-from-end.ts'

/**
 * Append-only JSON lines in DATA_DIR/audit.jsonl. Each entry is one append(2) with O_APPEND, so
 * concurrent writers (several replicas on a shared volume) never interleave inside a line.
 */
export class AuditLog {
  private readonly file: string

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(dataDir, 'audit.jsonl')
  }

  async record(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry> {
    const at = this.now()
    // Time first so ids sort like time; the random tail keeps concurrent entries distinct.
    const id = `${at.getTime().toString(36).padStart(10, '0')}${randomBytes(5).toString('hex')}`
    const full = AuditEntrySchema.parse({ id, at: at.toISOString(), ...entry })
    await mkdir(join(this.file, '..'), { recursive: true })
    await appendFile(this.file, `${JSON.stringify(full)}\n`, { mode: 0o600 })
    return full
  }

  /**
   * Newest first; `before` is the id of the last entry of the previous page. Reads from the end of the file
   * until the page is full. A line that is not a valid entry (say, cut short by a crash mid-write) is
   * skipped, never an error that would take the whole trail down.
   */
  async list(
    limit: number,
    before: string | null,
  ): Promise<{ items: AuditEntry[]; nextBefore: string | null }> {
    const entries: AuditEntry[] = []
    for await (const line of linesFromEnd(this.file)) {
      const entry = parseEntry(line)
      if (!entry || (before !== null && entry.id >= before)) continue
      entries.push(entry)
      if (entries.length > limit) break
    }
    // Replicas append in about, not exactly, id order.
    entries.sort((a, b) => (a.id < b.id ? 1 : -1))
    const items = entries.slice(0, limit)
    const last = items.at(-1)
    return { items, nextBefore: entries.length > limit && last ? last.id : null }
  }
}

function parseEntry(line: string): AuditEntry | null {
  try {
    const parsed = AuditEntrySchema.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
