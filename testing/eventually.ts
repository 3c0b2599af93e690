/**
 * Retries `check` until it passes or `timeoutMs` runs out, then rethrows its last failure. For waiting on
 * a server that heals by itself (circuit breaker half-open, token renewed), never for fixed sleeps.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  }
}
