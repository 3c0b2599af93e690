import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A stand-in for the built SPA (index.html and one asset), for server tests that run before `vite build`
 * in `npm test` and only need the proxy to serve static files.
 */
export async function staticFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'static-fixture-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Lucca Webhooks Console</title>' +
      '<script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
  )
  await writeFile(join(dir, 'assets/app.js'), `console.log(${JSON.stringify('x'.repeat(20_000))})\n`)
  return dir
}
