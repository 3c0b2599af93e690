import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../lib/paths.ts'

const run = promisify(execFile)

/**
 * Builds the SPA with the project's own Vite config into a fresh temporary folder, with a manifest so the
 * chunk graph can be read. A temporary folder, because `npm test` builds `dist/` itself after the unit tests.
 */
export async function buildIntoTemp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'bench-bundle-'))
  try {
    await run(
      join(repoRoot, 'node_modules/.bin/vite'),
      ['build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'],
      { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
    )
  } catch (error) {
    await rm(outDir, { recursive: true, force: true })
    throw error
  }
  return outDir
}
