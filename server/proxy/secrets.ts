import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The cookie-signing key. Production sets SESSION_SECRET (config.ts requires it); the zero-config
 * embedded default generates one once and keeps it under DATA_DIR so restarts keep sessions valid.
 */
export async function resolveSessionSecret(dataDir: string, configured: string | undefined): Promise<string> {
  if (configured) return configured
  const file = join(dataDir, 'session-secret')
  try {
    const existing = (await readFile(file, 'utf8')).trim()
    if (existing.length >= 32) return existing
  } catch {
    // first start: generated below
  }
  const secret = randomBytes(32).toString('base64url')
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
