import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

// The subset of Vite's build manifest (`build.manifest`) that the chunk graph needs.
const ChunkSchema = z.object({
  file: z.string(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
})
const ManifestSchema = z.record(z.string(), ChunkSchema)
export type Manifest = z.infer<typeof ManifestSchema>

export async function readManifest(outDir: string): Promise<Manifest> {
  const text = await readFile(join(outDir, '.vite/manifest.json'), 'utf8')
  return ManifestSchema.parse(JSON.parse(text))
}

/**
 * The files a browser loads for the first route: the HTML entry, everything it imports statically, and the
 * lazy page chunk of the first route (with its own static imports), since the router fetches it at once.
 */
export function firstRouteFiles(manifest: Manifest, firstPage: RegExp): string[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry)
  if (entries.length === 0) throw new Error('the Vite manifest has no entry chunk')
  const keys = new Set<string>()
  const visit = (key: string) => {
    if (keys.has(key)) return
    keys.add(key)
    for (const imported of manifest[key]?.imports ?? []) visit(imported)
  }
  for (const [key] of entries) visit(key)
  const lazyPages = [...keys].flatMap((key) => manifest[key]?.dynamicImports ?? [])
  for (const key of lazyPages.filter((page) => firstPage.test(page))) visit(key)
  const files = new Set<string>()
  for (const key of keys) {
    const chunk = manifest[key]
    if (!chunk) continue
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
  }
  return [...files].sort()
}
