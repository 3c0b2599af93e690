import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import snippets from './snippets.json'
import { testVector } from './test-vector'

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

// `npm test` installs PHP first (scripts/ensure-tools.mjs); Python comes with the machine. Debian has no .NET,
// so the C# snippet is the one reviewed by hand.
test('the Python snippet verifies the test vector', () => {
  expect(run('python3', 'verify.py', snippets.python)).toBe('True')
})
test('the PHP snippet verifies the test vector', () => {
  expect(run('php', 'verify.php', snippets.php)).toBe('bool(true)')
})
test('the PHP snippet rejects a tampered test vector', () => {
  expect(run('php', 'verify.php', snippets.php.replace('"id":"123"', '"id":"124"'))).toBe('bool(false)')
})

test('each snippet checks the test vector the page shows beside it', () => {
  for (const code of Object.values(snippets))
    for (const value of [testVector.secret, testVector.timestamp, testVector.signature])
      expect(code).toContain(value)
})
