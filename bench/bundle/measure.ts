import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { firstRouteFiles, readManifest } from './manifest.ts'

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface BundleReport {
  firstRoute: { js: Sizes; css: Sizes; files: string[] }
  all: { js: Sizes; css: Sizes; chunks: number }
}

// What the browser fetches at once besides the entry: the lazy page the router renders at `/`
// (src/app/router.tsx), and the English strings of the namespaces the first screen speaks, which
// src/app/i18n.ts reads at start (`firstScreen`).
const firstPage = /endpoints-page\.tsx$|_strings-(endpoints|deliveries)-en-/

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 })

// Best-effort compression levels, as a CDN or a pre-compressing build would serve them; deterministic.
function sizesOf(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

function add(total: Sizes, more: Sizes): void {
  total.raw += more.raw
  total.gzip += more.gzip
  total.brotli += more.brotli
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/** Measures a Vite build folder that was built with `--manifest`. */
export async function measureBundle(outDir: string): Promise<BundleReport> {
  const manifest = await readManifest(outDir)
  const first = new Set(firstRouteFiles(manifest, firstPage))
  const report: BundleReport = {
    firstRoute: { js: zero(), css: zero(), files: [...first] },
    all: { js: zero(), css: zero(), chunks: 0 },
  }
  for (const path of await listFiles(outDir)) {
    const name = relative(outDir, path)
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null
    if (!kind) continue
    const sizes = sizesOf(await readFile(path))
    add(report.all[kind], sizes)
    if (kind === 'js') report.all.chunks += 1
    if (first.has(name)) add(report.firstRoute[kind], sizes)
  }
  return report
}
