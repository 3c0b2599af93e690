/** The one source of time for the emulator, so retry schedules are tested by advancing it, never by sleeping. */
export interface Clock {
  now(): number
  /** Runs `task` once the clock reaches `at` (ms since epoch); returns a cancel function. */
  schedule(at: number, task: () => Promise<void> | void): () => void
  /** Moves time forward, running every task that falls due, in order, each at its own time. */
  advance(ms: number): Promise<void>
  /** Back to the start (frozen) or to the wall clock, with no pending task: what `/_emulator/reset` needs. */
  reset(): void
}

interface Timer {
  at: number
  seq: number
  task: () => Promise<void> | void
}

/**
 * `frozen` (tests): time moves only through `advance`. Otherwise it follows the wall clock plus the offset
 * that `advance` accumulated, and due tasks also fire on their own through one `setTimeout`.
 */
export function createClock(options: { start?: string | number; frozen?: boolean } = {}): Clock {
  const start = options.start === undefined ? Date.now() : new Date(options.start).getTime()
  let offset = start - Date.now()
  let frozenAt = options.frozen ? start : undefined
  let timers: Timer[] = []
  let seq = 0
  let handle: NodeJS.Timeout | undefined

  const now = () => frozenAt ?? Date.now() + offset
  const moveTo = (at: number) => {
    if (frozenAt !== undefined) frozenAt = Math.max(frozenAt, at)
    else offset += Math.max(0, at - now())
  }
  const takeDue = (limit: number): Timer | undefined => {
    const first = timers[0]
    if (!first || first.at > limit) return undefined
    timers.shift()
    return first
  }
  const arm = () => {
    if (handle) clearTimeout(handle)
    handle = undefined
    const first = timers[0]
    if (frozenAt !== undefined || !first) return
    // Node caps timers at ~24.8 days; re-arming after a shorter wait is harmless.
    handle = setTimeout(fireDue, Math.min(Math.max(0, first.at - now()), 2 ** 31 - 1))
    handle.unref()
  }
  const fireDue = () => {
    for (let timer = takeDue(now()); timer; timer = takeDue(now())) void run(timer)
    arm()
  }

  return {
    now,
    schedule(at, task) {
      const timer = { at, seq: seq++, task }
      // After every timer due at the same time or earlier: one sorted insert, not a sort of thousands.
      timers.splice(insertionIndex(timers, at), 0, timer)
      arm()
      return () => {
        timers = timers.filter((t) => t !== timer)
        arm()
      }
    },
    async advance(ms) {
      const target = now() + ms
      for (let timer = takeDue(target); timer; timer = takeDue(target)) {
        moveTo(timer.at)
        await run(timer)
      }
      moveTo(target)
      arm()
    },
    reset() {
      timers = []
      offset = 0
      if (frozenAt !== undefined) frozenAt = start
      arm()
    },
  }
}

function insertionIndex(timers: Timer[], at: number): number {
  let low = 0
  let high = timers.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((timers[middle]?.at ?? Infinity) <= at) low = middle + 1
    else high = middle
  }
  return low
}

async function run(timer: Timer): Promise<void> {
  try {
    await timer.task()
  } catch (error) {
    // A failing task must not stop the clock; tasks log their own errors.
    console.error('emulator clock task failed', error)
  }
}
