import type { SectionResult } from '../lib/results.ts'
import { budgets, budgetViolations, kib } from './budget.ts'
import { measureBundle, type Sizes } from './measure.ts'

const both = (sizes: Sizes) => `${kib(sizes.gzip)} gz / ${kib(sizes.brotli)} br`

export async function bundleSection(outDir: string): Promise<SectionResult & { violations: string[] }> {
  const report = await measureBundle(outDir)
  const firstGzip = report.firstRoute.js.gzip + report.firstRoute.css.gzip
  const chartsGzip = report.charts.js.gzip + report.charts.css.gzip
  return {
    violations: budgetViolations(report),
    data: report,
    rows: [
      { metric: 'first route JS', value: both(report.firstRoute.js) },
      { metric: 'first route CSS', value: both(report.firstRoute.css) },
      {
        metric: 'first route JS + CSS',
        value: `${kib(firstGzip)} gz`,
        target: `≤ ${kib(budgets.firstRouteGzip)} gz`,
        ok: firstGzip <= budgets.firstRouteGzip,
      },
      { metric: `all JS (${report.all.chunks} chunks, both languages)`, value: both(report.all.js) },
      {
        metric: 'all JS one visitor can load (one language, charts apart)',
        value: both(report.all.visitorJs),
        target: `≤ ${kib(budgets.totalJsGzip)} gz`,
        ok: report.all.visitorJs.gzip <= budgets.totalJsGzip,
      },
      { metric: 'all CSS', value: both(report.all.css) },
      {
        metric: `charts JS + CSS (${report.charts.files.length} files, only on pages with a chart)`,
        value: `${kib(chartsGzip)} gz`,
        target: `≤ ${kib(budgets.chartsGzip)} gz`,
        ok: chartsGzip <= budgets.chartsGzip,
      },
    ],
  }
}
