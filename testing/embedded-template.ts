import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { access, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PGlite } from '@electric-sql/pglite'

const run = promisify(execFile)
const { version } = JSON.parse(
  readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
) as { version: string }

/**
 * A new DATA_DIR whose embedded database is a copy of an empty cluster made once per machine and PGlite
 * version. Making a cluster (its initdb) takes 4–6 s on a busy 2-core machine, copying one 0.1 s; the console
 * then migrates it at start as it would a new one. Only the cluster's files are copied: nothing of a
 * console's own state.
 */
export async function freshDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  await run('cp', ['-R', await template(), join(dir, 'database')])
  return dir
}

let made: Promise<string> | undefined
const template = () => (made ??= makeTemplate())

async function makeTemplate(): Promise<string> {
  const path = join(tmpdir(), `console-pglite-cluster-${version}`)
  if (await exists(join(path, 'PG_VERSION'))) return path
  const building = await mkdtemp(join(tmpdir(), 'console-pglite-building-'))
  try {
    const cluster = await PGlite.create(join(building, 'cluster'))
    await cluster.close()
    // Whole or not at all: another test process may be making it too, and the first rename wins.
    await rename(join(building, 'cluster'), path).catch(async (error: unknown) => {
      if (!(await exists(join(path, 'PG_VERSION')))) throw error
    })
  } finally {
    await rm(building, { recursive: true, force: true })
  }
  return path
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )
