import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readEnv } from './config.ts'

const tempDir = () => mkdtemp(join(tmpdir(), 'main-test-'))

function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/proxy/main.ts'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code) => resolve({ code, stderr }))
  })
}

test('a bad configuration stops the process with every problem listed, and no secret echoed', async () => {
  const { code, stderr } = await run({
    DATA_DIR: await tempDir(),
    PORT: '99999',
    LUCCA_API_URL: 'http://acme.ilucca.net',
    LUCCA_CLIENT_SECRET: 'client-secret-that-must-not-echo',
  })
  expect(code).toBe(1)
  expect(stderr).toContain('Invalid configuration:')
  expect(stderr).toMatch(/- PORT: /)
  expect(stderr).toMatch(/- LUCCA_API_URL: must use https/)
  expect(stderr).toMatch(/- LUCCA_TOKEN_URL: required/)
  expect(stderr).toMatch(/- LUCCA_CLIENT_ID: required/)
  expect(stderr).toContain('.env.example')
  expect(stderr).not.toContain('client-secret-that-must-not-echo')
})

test('.env is read, and the environment wins over it', async () => {
  const dir = await tempDir()
  const file = join(dir, '.env')
  await writeFile(file, 'PORT=9001\nLOG_LEVEL=debug\n# a comment\nDATA_DIR="/srv/console data"\n')
  const env = readEnv(file, { PORT: '9002' })
  expect(env).toMatchObject({ PORT: '9002', LOG_LEVEL: 'debug', DATA_DIR: '/srv/console data' })
  expect(readEnv(join(dir, 'missing.env'), { PORT: '1' })).toEqual({ PORT: '1' })
})
