import { readdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { z } from 'zod'
import { AuditActionSchema } from '../../contract/console-audit-api.ts'
import { RoleSchema } from '../../contract/console-api.ts'
import type { Database } from '../db/database.ts'

// The file stores of versions before the database (ADR 0004): imported once, then renamed aside.
const LegacyUsersSchema = z.object({
  users: z.array(
    z.object({
      username: z.string(),
      role: RoleSchema,
      passwordHash: z.string(),
      createdAt: z.string(),
      sessionEpoch: z.number().int().default(0),
    }),
  ),
})
const LegacySessionSchema = z.object({
  username: z.string(),
  accountId: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  sessionEpoch: z.number().int().default(0),
})
const LegacyAuditSchema = z.object({
  at: z.string(),
  username: z.string(),
  accountId: z.string(),
  action: AuditActionSchema,
  target: z.string(),
  status: z.number().int(),
})

// Any fixed number: the lock two replicas starting at once take turns on.
const IMPORT_LOCK = 20261202
const ENOENT = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT'

export interface ImportReport {
  users: number
  sessions: number
  audit: number
}

/**
 * Imports DATA_DIR's users.json, sessions/ and audit.jsonl into the database in one transaction, records
 * each in `legacy_imports`, then renames them to `*.imported`. A file already recorded is not read again,
 * even if a crash left it in place; a line of audit.jsonl that was cut short is skipped.
 */
export async function importLegacyFiles(
  db: Database,
  dataDir: string,
  accountLabel: (accountId: string) => string,
): Promise<ImportReport> {
  const report: ImportReport = { users: 0, sessions: 0, audit: 0 }
  const files = { users: 'users.json', sessions: 'sessions', audit: 'audit.jsonl' } as const
  const entries = new Set(await readdir(dataDir).catch(() => []))
  if (!Object.values(files).some((name) => entries.has(name))) return report
  const done: string[] = []
  // Imported by an earlier start that stopped before renaming them: not read again, but still set aside.
  const leftovers: string[] = []
  await db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(tx)
    const imported = new Set(
      (await tx.selectFrom('legacy_imports').select('file').execute()).map((r) => r.file),
    )
    const once = async (file: string, run: () => Promise<number>) => {
      if (!entries.has(file)) return 0
      if (imported.has(file)) {
        leftovers.push(file)
        return 0
      }
      const rows = await run()
      await tx.insertInto('legacy_imports').values({ file, rows, imported_at: new Date() }).execute()
      done.push(file)
      return rows
    }

    report.users = await once(files.users, async () => {
      const text = await readFile(join(dataDir, files.users), 'utf8').catch((error: unknown) => {
        if (ENOENT(error)) return null
        throw error
      })
      if (text === null) return 0
      const { users } = LegacyUsersSchema.parse(JSON.parse(text))
      if (users.length === 0) return 0
      const values = users.map((user) => ({
        username: user.username,
        role: user.role,
        password_hash: user.passwordHash,
        session_epoch: user.sessionEpoch,
        created_at: user.createdAt,
      }))
      const result = await tx
        .insertInto('users')
        .values(values)
        .onConflict((c) => c.doNothing())
        .execute()
      return Number(result[0]?.numInsertedOrUpdatedRows ?? 0)
    })

    report.sessions = await once(files.sessions, async () => {
      const names = await readdir(join(dataDir, files.sessions)).catch(() => [])
      // A session of a user that is gone is not worth importing.
      const known = new Set(
        (await tx.selectFrom('users').select('username').execute()).map((r) => r.username),
      )
      let count = 0
      for (const name of names.filter((entry) => /^[0-9a-f]{64}\.json$/.test(entry))) {
        const text = await readFile(join(dataDir, files.sessions, name), 'utf8').catch(() => 'null')
        const session = LegacySessionSchema.safeParse(safeJson(text))
        if (!session.success || !known.has(session.data.username)) continue
        const result = await tx
          .insertInto('sessions')
          .values({
            // The files were named by SHA-256 of the cookie's id, as the rows are keyed: cookies keep working.
            id_hash: name.slice(0, 64),
            username: session.data.username,
            account_id: session.data.accountId,
            epoch: session.data.sessionEpoch,
            created_at: new Date(session.data.createdAt),
            last_seen_at: new Date(session.data.lastSeenAt),
          })
          .onConflict((c) => c.doNothing())
          .execute()
        count += Number(result[0]?.numInsertedOrUpdatedRows ?? 0)
      }
      return count
    })

    report.audit = await once(files.audit, async () => {
      const text = await readFile(join(dataDir, files.audit), 'utf8').catch((error: unknown) => {
        if (ENOENT(error)) return ''
        throw error
      })
      const entries = text
        .split('\n')
        .map((line) => LegacyAuditSchema.safeParse(safeJson(line)))
        .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
        .sort((a, b) => a.at.localeCompare(b.at))
      // In time order, so the new ids keep the trail's order; batched to stay under PostgreSQL's parameter cap.
      for (let start = 0; start < entries.length; start += 1000) {
        const values = entries.slice(start, start + 1000).map((entry) => ({
          at: new Date(entry.at),
          username: entry.username,
          account_id: entry.accountId,
          account_label: accountLabel(entry.accountId),
          action: entry.action,
          target: entry.target,
          target_label: null,
          status: entry.status,
        }))
        await tx.insertInto('audit').values(values).execute()
      }
      return entries.length
    })
  })
  for (const file of done) {
    await rename(join(dataDir, file), join(dataDir, `${file}.imported`)).catch((error: unknown) => {
      if (!ENOENT(error)) throw error
    })
  }
  // Best effort: a leftover that cannot be moved (a `.imported` folder is in the way) is only skipped again.
  for (const file of leftovers)
    await rename(join(dataDir, file), join(dataDir, `${file}.imported`)).catch(() => undefined)
  return report
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
