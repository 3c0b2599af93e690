import { createClock } from '../clock.ts'
import type { EmulatorContext } from '../context.ts'
import { DeliveryEngine } from '../delivery/engine.ts'
import type { DeliveryRecord } from '../store/records.ts'
import type { EmitDeps, Run } from './generator.ts'

/**
 * The `count` emissions before the run's anchor (k = -count … -1), made at once on a frozen clock of their own
 * that runs up to now, by a second delivery engine on the same store and transport: attempts, retries and
 * suspensions follow the engine's rules, dated in the past. Returns the deliveries made; the live engine takes
 * over those with an attempt still to come.
 */
export async function backfill(
  ctx: EmulatorContext,
  run: Run,
  count: number,
  emit: (deps: EmitDeps) => DeliveryRecord | undefined,
): Promise<DeliveryRecord[]> {
  const timeOf = (k: number) => run.anchor + Math.round(k * run.interval)
  const clock = createClock({ start: timeOf(-count), frozen: true })
  const engine = new DeliveryEngine({ ...ctx, clock })
  const deps: EmitDeps = { ...ctx, clock, engine }
  const made: DeliveryRecord[] = []
  // One emission schedules the next, so the clock holds a handful of timers, not `count` of them.
  const emitFrom = (k: number) => {
    if (k >= 0) return
    clock.schedule(timeOf(k), () => {
      const delivery = emit(deps)
      if (delivery) made.push(delivery)
      emitFrom(k + 1)
    })
  }
  emitFrom(-count)
  // Up to just before now: what falls due at now itself is the live engine's.
  await clock.advance(run.anchor - 1 - clock.now())
  await engine.idle()
  engine.stop()
  return made
}
