import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Snapshot } from './records.ts'
import type { Store } from './store.ts'

const debounceMs = 250

/** Loads `file` into the store if it exists, then writes every change back, debounced and atomically. */
export function persistTo(store: Store, file: string, warn: (message: string) => void): { flush(): void } {
  const loaded = readSnapshot(file, warn)
  if (loaded) store.load(loaded)
  let timer: NodeJS.Timeout | undefined
  let lastWriteMs = 0
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    const started = performance.now()
    mkdirSync(dirname(file), { recursive: true })
    // Write then rename, so a crash mid-write never leaves a half file behind.
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(store.snapshot()))
    renameSync(temp, file)
    lastWriteMs = performance.now() - started
  }
  store.onChange(() => {
    if (timer) return
    // A store the traffic generator filled takes a second to write: then write it at most 5% of the time.
    timer = setTimeout(flush, Math.max(debounceMs, 20 * lastWriteMs))
    timer.unref()
  })
  return { flush: () => (timer ? flush() : undefined) }
}

function readSnapshot(file: string, warn: (message: string) => void): Snapshot | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  try {
    const parsed = JSON.parse(text) as Partial<Snapshot>
    if (parsed.version === 1 && Array.isArray(parsed.endpoints)) return parsed as Snapshot
  } catch {
    // fall through to the warning
  }
  warn(`emulator: ignoring unreadable data file ${file}; starting empty`)
  return undefined
}
