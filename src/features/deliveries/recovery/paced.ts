import { isApiError } from '../../../lib/api-error'

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop)
      resolve()
    }, ms)
    function stop() {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', stop, { once: true })
  })
}

/**
 * Runs `call`, waiting out a 429 (the proxy's budget or Lucca's) for as long as `Retry-After` says and
 * trying again, so a long job slows down instead of failing.
 */
export async function withRateLimitRetry<T>(
  call: () => Promise<T>,
  signal: AbortSignal,
  wait: (ms: number, signal: AbortSignal) => Promise<void> = sleep,
  maxWaits = 10,
): Promise<T> {
  for (let waits = 0; ; waits++) {
    try {
      return await call()
    } catch (error) {
      if (!isApiError(error, 429) || waits >= maxWaits) throw error
      await wait((error.retryAfter ?? 60) * 1000, signal)
    }
  }
}
