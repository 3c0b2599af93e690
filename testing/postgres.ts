import { execFile } from 'node:child_process'
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/** A throw-away PostgreSQL cluster on a free loopback port: `initdb` in a temp folder, stopped by `close()`. */
export interface TestPostgres {
  /** `postgres://…/postgres`; `databaseUrl(name)` for another database of the same cluster. */
  url: string
  databaseUrl(name: string): string
  /** Stops the server but keeps its files, to test what happens while PostgreSQL is down. */
  stop(): Promise<void>
  start(): Promise<void>
  close(): Promise<void>
}

async function binDir(): Promise<string> {
  const root = '/usr/lib/postgresql'
  const versions = (await readdir(root).catch(() => [])).sort((a, b) => Number(b) - Number(a))
  if (!versions[0]) throw new Error('No PostgreSQL server here: `npm test` installs Debian\'s "postgresql"')
  return join(root, versions[0], 'bin')
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = await binDir()
  const dir = await mkdtemp(join(tmpdir(), 'console-pg-'))
  // PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user.
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim())
    await chown(dir, await id('-u'), await id('-g'))
  }
  const as = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : run(join(bin, command), args)
  const data = join(dir, 'data')
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'console', '--no-sync'])
  const port = await freePort()
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`
  const start = async () =>
    void (await as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']))
  const stop = async () => void (await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']))
  await start()
  const databaseUrl = (name: string) => `postgres://console@127.0.0.1:${port}/${name}`
  return {
    url: databaseUrl('postgres'),
    databaseUrl,
    stop,
    start,
    close: async () => {
      await stop().catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** A new, empty database on `postgres`, named uniquely for this process; returns its URL (a DATABASE_URL). */
export async function createDatabase(postgres: TestPostgres, label: string): Promise<string> {
  const name = `${label}_${process.pid}_${++databases}`
  const admin = new pg.Client({ connectionString: postgres.url })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  return postgres.databaseUrl(name)
}
let databases = 0
