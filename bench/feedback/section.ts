import { z } from 'zod'
import type { SectionResult } from '../lib/results.ts'
import { median } from '../lib/stats.ts'
import { startStack } from '../../testing/stack.ts'
import { followTestDeliveries } from './measure.ts'

const runs = 3
const Created = z.object({ id: z.string() })

/**
 * Test-delivery feedback as an admin sees it, on `npm start`'s own process with its shipped budgets: the
 * time from the click to the outcome on screen, beside the time the emulator itself made the attempt.
 */
export async function feedbackSection(options: { staticDir: string }): Promise<SectionResult> {
  const stack = await startStack({ staticDir: options.staticDir })
  try {
    const created = await stack.call('/lucca-api/webhook-endpoints', {
      method: 'POST',
      cookie: await stack.signIn(),
      body: {
        name: 'Bench receiver',
        webhookUrl: `${stack.receiverUrl}/ok/bench`,
        topics: ['employee.created'],
        status: 'active',
      },
    })
    if (created.status !== 201) throw new Error(`creating the endpoint answered ${created.status}`)
    const { id } = Created.parse(created.json())
    const followed = await followTestDeliveries(stack, id, runs)
    const shown = median(followed.map((run) => run.shownMs))
    const attempted = median(followed.map((run) => run.attemptedMs))
    const calls = median(followed.map((run) => run.luccaCalls))
    return {
      data: { runs: followed },
      rows: [
        { metric: `click → first attempt shown (median of ${runs})`, value: `${shown} ms` },
        { metric: 'click → attempt made (emulator’s record)', value: `${attempted} ms` },
        { metric: 'shown after the attempt (UI lag)', value: `${shown - attempted} ms` },
        { metric: 'Lucca calls per followed delivery', value: String(calls) },
      ],
    }
  } finally {
    await stack.close()
  }
}
