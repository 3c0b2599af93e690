import type { BundleReport } from './measure.ts'

const KiB = 1024

type Budgets = { firstRouteGzip: number; totalJsGzip: number; chartsGzip: number }

/**
 * Issue 7's budgets, in gzip bytes: JS + CSS of the first route, and all the JS one visitor can download
 * (every chunk, with one language's strings: a visit loads English or French, never both), the charts apart;
 * and issue 15's for the charts (JS + CSS), which only the pages with a chart load (docs/decisions/0013-charts.md).
 */
export const budgets: Budgets = { firstRouteGzip: 180 * KiB, totalJsGzip: 300 * KiB, chartsGzip: 150 * KiB }

/** Human-readable budget violations; empty when the bundle fits. */
export function budgetViolations(report: BundleReport): string[] {
  const problems: string[] = []
  const firstRoute = report.firstRoute.js.gzip + report.firstRoute.css.gzip
  if (firstRoute > budgets.firstRouteGzip) {
    problems.push(`first route is ${kib(firstRoute)} gz, over the ${kib(budgets.firstRouteGzip)} budget`)
  }
  if (report.all.visitorJs.gzip > budgets.totalJsGzip) {
    problems.push(
      `all JS of one language is ${kib(report.all.visitorJs.gzip)} gz, over the ${kib(budgets.totalJsGzip)} budget`,
    )
  }
  const charts = report.charts.js.gzip + report.charts.css.gzip
  if (charts > budgets.chartsGzip) {
    problems.push(`the charts are ${kib(charts)} gz, over the ${kib(budgets.chartsGzip)} budget`)
  }
  return problems
}

export function kib(bytes: number): string {
  return `${(bytes / KiB).toFixed(1)} KiB`
}
