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
  /**
   * `js`: every chunk, both languages' strings included. `visitorJs`: the most one visitor can download, the
   * strings of one language (the larger) and everything else; a French visit never loads the English.
   */
  all: { js: Sizes; visitorJs: Sizes; css: Sizes; chunks: number }
  /**
   * The charts (docs/decisions/0013-charts.md): their library's chunk, their own code's and their stylesheet,
   * loaded only by a page that shows a chart. Counted in `all.js`, not in `all.visitorJs`: they have their own budget.
   */
  charts: { js: Sizes; css: Sizes; files: string[] }
}

// Strings in one language (vite.config.ts names those chunks: `strings-first-fr-…`, `strings-more-fr-…`).
const languageChunk = /(?:^|\/)strings-[\w-]+-(en|fr)-[\w-]+\.js$/

// What the browser fetches at once besides the entry: the lazy page the router renders at `/`
// (src/app/router.tsx), and the English strings of the namespaces the first screen speaks, which
// src/app/i18n.ts reads at start (`firstScreen`).
const firstPage = /endpoints-page\.tsx$|_strings-first-en-/

// vite.config.ts names them: `charts-…` (the library), `health-charts-…` (the lazy module that draws them).
const chartsChunk = /(?:^|\/)(?:health-)?charts-[\w-]+\.(?:js|css)$/

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
    all: { js: zero(), visitorJs: zero(), css: zero(), chunks: 0 },
    charts: { js: zero(), css: zero(), files: [] },
  }
  const shared = zero()
  const perLanguage = new Map<string, Sizes>()
  for (const path of await listFiles(outDir)) {
    const name = relative(outDir, path)
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null
    if (!kind) continue
    const sizes = sizesOf(await readFile(path))
    add(report.all[kind], sizes)
    const chart = chartsChunk.test(name)
    if (chart) {
      add(report.charts[kind], sizes)
      report.charts.files.push(name)
    }
    if (kind === 'js' && chart) report.all.chunks += 1
    else if (kind === 'js') {
      report.all.chunks += 1
      const language = languageChunk.exec(name)?.[1]
      if (language)
        add(perLanguage.get(language) ?? perLanguage.set(language, zero()).get(language) ?? zero(), sizes)
      else add(shared, sizes)
    }
    if (first.has(name)) add(report.firstRoute[kind], sizes)
  }
  const largest = [...perLanguage.values()].reduce(
    (max, sizes) => (sizes.gzip > max.gzip ? sizes : max),
    zero(),
  )
  add(report.all.visitorJs, shared)
  add(report.all.visitorJs, largest)
  return report
}
