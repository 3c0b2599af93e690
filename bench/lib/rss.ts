import { readFile } from 'node:fs/promises'

/** Resident set size of a process in bytes, from /proc (Linux: the CI and dev machines). */
export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kib) * 1024
}

/**
 * Samples a process's RSS every `everyMs` until stopped. Growth is judged on the mean of the last quarter of
 * the samples against the mean of the first quarter: a leak keeps climbing, a heap resizing under load does not.
 */
export function sampleRss(pid: number, everyMs = 1000) {
  const samples: number[] = []
  const timer = setInterval(() => {
    rssOf(pid).then(
      (rss) => samples.push(rss),
      () => undefined, // the process is gone; the caller will notice
    )
  }, everyMs)
  return {
    stop(): { first: number; last: number; growth: number; samples: number[] } {
      clearInterval(timer)
      if (samples.length === 0) throw new Error(`no RSS sample of process ${pid}`)
      const quarter = Math.max(1, Math.floor(samples.length / 4))
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
      const first = mean(samples.slice(0, quarter))
      const last = mean(samples.slice(-quarter))
      return { first, last, growth: last / first - 1, samples }
    },
  }
}
