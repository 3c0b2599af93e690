import { open, readFile, rm } from 'node:fs/promises'

/**
 * The embedded engine's files have one owner: a second console on the same DATA_DIR (a replica, or a
 * console started twice) would corrupt them. The lock names the process that holds it; a lock whose
 * process is gone (a crash, SIGKILL) is taken over.
 */
export async function lockDataDir(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx', 0o600)
      await file.writeFile(String(process.pid))
      await file.close()
      return () => rm(path, { force: true })
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
      const holder = Number(await readFile(path, 'utf8').catch(() => ''))
      if (holder && isAlive(holder)) {
        throw new Error(
          `The embedded database ${path.replace(/\.lock$/, '')} is in use by another console (process ${holder}). ` +
            'Several consoles need a shared PostgreSQL: set DATABASE_URL.',
        )
      }
      await rm(path, { force: true })
    }
  }
  throw new Error(`Could not lock ${path}`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}
