import type { SectionResult } from '../lib/results.ts'
import { median } from '../lib/stats.ts'
import { startStack } from '../../testing/stack.ts'
import { lighthouse, type Audit } from './audit.ts'

/** Median of `runs` Lighthouse runs on the signed-in endpoints list, served by the real proxy. */
export async function lighthouseSection(options: {
  staticDir: string
  runs: number
}): Promise<SectionResult> {
  const stack = await startStack({ staticDir: options.staticDir })
  try {
    const cookie = await stack.signIn()
    const audits: Audit[] = []
    for (let run = 0; run < options.runs; run += 1)
      audits.push(await lighthouse(`${stack.url}/`, { Cookie: cookie }))
    const med = (pick: (audit: Audit) => number) => median(audits.map(pick))
    const summary: Audit = {
      performance: med((a) => a.performance),
      accessibility: med((a) => a.accessibility),
      bestPractices: med((a) => a.bestPractices),
      lcpMs: med((a) => a.lcpMs),
      tbtMs: med((a) => a.tbtMs),
      cls: med((a) => a.cls),
    }
    return {
      data: { runs: audits, median: summary },
      rows: [
        { metric: `performance (median of ${audits.length}, mobile)`, value: String(summary.performance) },
        { metric: 'accessibility', value: String(summary.accessibility) },
        { metric: 'best practices', value: String(summary.bestPractices) },
        { metric: 'LCP / TBT / CLS', value: `${summary.lcpMs} ms / ${summary.tbtMs} ms / ${summary.cls}` },
      ],
    }
  } finally {
    await stack.close()
  }
}
