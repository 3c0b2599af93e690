// PostgreSQL unreachable when the console starts: `npm start`'s process says so in one readable line (where it
// looked, not the password) and exits non-zero within seconds, rather than hanging or printing a stack.
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { spawnNode } from '../../testing/child.ts'
import { consoleEnv } from '../../testing/console-env.ts'
import { freePort } from '../../testing/ports.ts'

const password = 'pg-password-that-must-not-echo'
const dirs: string[] = []
let silent: Server
const sockets = new Set<Socket>()

beforeAll(async () => {
  // A server that accepts the connection and never says a word: PostgreSQL's host hung, or a firewall that
  // lets the SYN through to nothing. (A routed-nowhere address such as 10.255.255.1 is not black-holed on
  // every machine: some sandboxes' proxies accept any connection, which is this very case.)
  silent = createServer((socket) => sockets.add(socket.on('close', () => sockets.delete(socket))))
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => silent.close(resolve))
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

async function startWith(databaseUrl: string) {
  const dir = await mkdtemp(join(tmpdir(), 'pg-unreachable-'))
  dirs.push(dir)
  const env = consoleEnv({
    dataDir: dir,
    staticDir: dir,
    parts: { EMULATOR_PORT: String(await freePort()), RECEIVER_PORT: String(await freePort()) },
    port: await freePort(),
    logLevel: 'warn',
    unthrottled: false,
    env: { DATABASE_URL: databaseUrl },
  })
  const child = spawnNode('server/proxy/main.ts', env)
  const stderr: string[] = []
  child.process.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')))
  const startedAt = Date.now()
  // Bounded: a console that hangs is killed here and the test fails on its exit, not by timing out.
  const killer = setTimeout(() => child.process.kill('SIGKILL'), 20_000)
  const code = await child.exited
  clearTimeout(killer)
  return { code, seconds: (Date.now() - startedAt) / 1000, stderr: stderr.join(''), output: child.output() }
}

function expectReadableRefusal(result: Awaited<ReturnType<typeof startWith>>, where: string) {
  expect(result.code, result.output).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^Cannot reach PostgreSQL at /)
  expect(lines[0]).toContain(where)
  expect(lines[0]).toContain('DATABASE_URL')
  expect(result.output).not.toContain(password)
  expect(result.output).not.toMatch(/^\s+at /m) // no stack trace
}

test('a closed port: one line naming host and database, no password, exit 1 at once', async () => {
  const port = await freePort()
  const result = await startWith(`postgres://console:${password}@127.0.0.1:${port}/console_db`)
  expectReadableRefusal(result, `127.0.0.1:${port}/console_db`)
  expect(result.stderr).toContain('ECONNREFUSED')
  // Start-up of node and tsx included; the refusal itself is immediate.
  expect(result.seconds, result.output).toBeLessThan(15)
})

test(
  'a server that never answers: the 5 s connect timeout ends it, one line, exit 1, no hang',
  { timeout: 30_000 },
  async () => {
    const address = silent.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const result = await startWith(`postgres://console:${password}@127.0.0.1:${port}/console_db`)
    expectReadableRefusal(result, `127.0.0.1:${port}/console_db`)
    expect(result.stderr).toMatch(/timeout/i)
    // The pool's connectionTimeoutMillis (5 s) and node's start-up; the bound above would kill a hang at 20 s.
    expect(result.seconds, result.output).toBeGreaterThanOrEqual(5)
    expect(result.seconds, result.output).toBeLessThan(15)
  },
)

test(
  'an address routed nowhere (10.255.255.1): whichever way the network fails, one line and exit 1 in seconds',
  { timeout: 30_000 },
  async () => {
    // Dropped packets (the connect timeout), "no route to host", or a proxy that accepts and says nothing:
    // each must end in the same readable refusal, never a stack trace or a hang.
    const result = await startWith(`postgres://console:${password}@10.255.255.1:5432/console_db`)
    expectReadableRefusal(result, '10.255.255.1:5432/console_db')
    expect(result.seconds, result.output).toBeLessThan(15)
  },
)
