import { execFile } from 'node:child_process'
import { mkdtemp, rm, symlink, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import pg from 'pg'
import { repoRoot } from '../lib/paths.ts'
import { startPostgres } from '../../testing/postgres.ts'
import { startStack, type ProcessStack, type StackOptions } from '../../testing/stack.ts'

const run = promisify(execFile)

/**
 * The last commit before the console's state moved into the database (a89d702 wired it): users.json,
 * sessions/*.json and audit.jsonl under DATA_DIR. Its dependencies are this branch's minus csv-stringify, so
 * it runs on this checkout's node_modules.
 */
export const filesCommit = 'b74d6a380d421fa22859b240386ab3cbdc4a5d4b'

type StartStack = (options: StackOptions & { console?: 'process' }) => Promise<ProcessStack>

/** One way to keep the console's state: where its code is checked out, and how it is pointed at fresh state. */
export interface Variant {
  name: 'files' | 'PGlite' | 'PostgreSQL'
  /** The checkout the console runs from. */
  root: string
  /** That checkout's own startStack() (testing/stack.ts), which starts the console from it. */
  startStack: StartStack
  /** Console variables for empty state: nothing for files and PGlite (a fresh DATA_DIR), a new database on PostgreSQL. */
  freshEnv(): Promise<Record<string, string>>
  /** Where the state must be in a running console's DATA_DIR, so a run on the wrong store cannot pass as this one. */
  stateFile: string | null
}

/** The three variants, and close() for the checkout and the PostgreSQL cluster behind them. */
export async function startVariants(): Promise<{ variants: Variant[]; close(): Promise<void> }> {
  const checkout = await checkoutFilesCommit()
  try {
    const postgres = await startPostgres()
    let databases = 0
    const close = async () => {
      await postgres.close()
      await checkout.close()
    }
    try {
      const files = (await import(pathToFileURL(join(checkout.root, 'testing/stack.ts')).href)) as {
        startStack: StartStack
      }
      const none = () => Promise.resolve({})
      const variants: Variant[] = [
        {
          name: 'files',
          root: checkout.root,
          startStack: files.startStack,
          freshEnv: none,
          stateFile: 'users.json',
        },
        { name: 'PGlite', root: repoRoot, startStack, freshEnv: none, stateFile: 'database' },
        {
          name: 'PostgreSQL',
          root: repoRoot,
          startStack,
          stateFile: null,
          freshEnv: async () => {
            const name = `bench_${++databases}`
            const admin = new pg.Client({ connectionString: postgres.url })
            await admin.connect()
            await admin.query(`create database ${name}`)
            await admin.end()
            return { DATABASE_URL: postgres.databaseUrl(name) }
          },
        },
      ]
      return { variants, close }
    } catch (error) {
      await close()
      throw error
    }
  } catch (error) {
    await checkout.close()
    throw error
  }
}

/** A temporary `git worktree` of filesCommit, on this checkout's node_modules; close() removes it. */
async function checkoutFilesCommit() {
  const root = join(await mkdtemp(join(tmpdir(), 'console-files-')), 'checkout')
  const git = (...args: string[]) => run('git', args, { cwd: repoRoot })
  try {
    await git('worktree', 'add', '--detach', root, filesCommit)
  } catch (error) {
    throw new Error(`cannot check out ${filesCommit.slice(0, 7)} (a shallow clone?): ${String(error)}`)
  }
  await symlink(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir')
  return {
    root,
    close: async () => {
      // The link first, on its own: nothing may reach through it into this checkout's node_modules.
      await unlink(join(root, 'node_modules')).catch(() => undefined)
      await git('worktree', 'remove', '--force', root).catch(() => undefined)
      await rm(join(root, '..'), { recursive: true, force: true })
      await git('worktree', 'prune').catch(() => undefined)
    },
  }
}
