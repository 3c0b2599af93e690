import { readFile } from 'node:fs/promises'

/** Resident set size of a process in bytes, from /proc (Linux: the CI and dev machines). */
export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kib) * 1024
}

/**
 * Growth judged on the mean of the last quarter of the samples against the mean of the first quarter: a leak
 * keeps climbing, V8 resizing its heap under load shows as a single step or a spike.
 */
export function rssGrowth(samples: readonly number[]) {
  if (samples.length === 0) throw new Error('no RSS sample')
  const quarter = Math.max(1, Math.floor(samples.length / 4))
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const first = mean(samples.slice(0, quarter))
  const last = mean(samples.slice(-quarter))
  return { first, last, growth: last / first - 1, samples: [...samples] }
}

/** Samples a process's RSS every `everyMs` until stopped. */
export function sampleRss(pid: number, everyMs = 1000) {
  const samples: number[] = []
  const timer = setInterval(() => {
    rssOf(pid).then(
      (rss) => samples.push(rss),
      () => undefined, // the process is gone; the caller notices it on its own
    )
  }, everyMs)
  return {
    stop() {
      clearInterval(timer)
      return rssGrowth(samples)
    },
  }
}
