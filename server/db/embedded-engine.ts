import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { lockDataDir } from './data-dir-lock.ts'

export interface EmbeddedEngine {
  /** Where node-postgres reaches it: a Unix socket folder, as for a local PostgreSQL. */
  socketDir: string
  port: number
  close(): Promise<void>
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), files under `dir`, served on a private Unix socket so the
 * console speaks to it with the same driver, SQL and types as to a real PostgreSQL. PGlite runs one query
 * at a time: the pool in front of it holds a single connection, which keeps each transaction whole.
 */
export async function startEmbeddedEngine(dir: string): Promise<EmbeddedEngine> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const unlock = await lockDataDir(`${dir}.lock`)
  const db = await PGlite.create(dir).catch(async (error: unknown) => {
    await unlock()
    throw error
  })
  // A socket path must stay under ~100 bytes, which DATA_DIR may not: a private temporary folder.
  const socketDir = await mkdtemp(join(tmpdir(), 'console-db-'))
  const port = 5432
  const server = new PGLiteSocketServer({ db, path: join(socketDir, `.s.PGSQL.${port}`) })
  await server.start()
  return {
    socketDir,
    port,
    close: async () => {
      await server.stop()
      await db.close()
      await rm(socketDir, { recursive: true, force: true })
      await unlock()
    },
  }
}
