import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const fixtureAsset = '/assets/app-abc123.js'

/**
 * A stand-in for the built SPA (index.html and one hashed asset, big enough to be compressed), for tests that
 * run before `vite build` in `npm test` and only need the console to serve static files.
 */
export async function staticFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'static-fixture-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Lucca Webhooks Console</title>' +
      `<script type="module" src="${fixtureAsset}"></script></head><body><div id="root"></div></body></html>`,
  )
  await writeFile(join(dir, fixtureAsset), `console.log(${JSON.stringify('x'.repeat(20_000))})\n`)
  return dir
}
