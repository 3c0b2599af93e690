import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { snippets } from './snippets'

function run(command: string, file: string, code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lucca-snippet-'))
  const path = join(dir, file)
  writeFileSync(path, code)
  return execFileSync(command, [path], { encoding: 'utf8', timeout: 10_000 }).trim()
}

test('the Node snippet verifies the test vector', () => {
  expect(run(process.execPath, 'verify.mjs', snippets.node)).toBe('true')
})

test('the Node snippet rejects a tampered test vector', () => {
  expect(run(process.execPath, 'verify.mjs', snippets.node.replace('"id":"123"', '"id":"124"'))).toBe('false')
})

function has(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

// Python is on CI and dev machines here; PHP and .NET usually are not, so those two are reviewed by hand.
test.runIf(has('python3'))('the Python snippet verifies the test vector', () => {
  expect(run('python3', 'verify.py', snippets.python)).toBe('True')
})
test.runIf(has('php'))('the PHP snippet verifies the test vector', () => {
  expect(run('php', 'verify.php', snippets.php)).toBe('bool(true)')
})
