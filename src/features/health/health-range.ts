import { statsRanges, type StatsRange } from '../../../contract/console-history-stats-api'

/** The span shown, as the URL keeps it (`?range=30d`); a week unless it says otherwise. */
export function rangeOf(params: URLSearchParams): StatsRange {
  const given = params.get('range')
  return statsRanges.find((range) => range === given) ?? '7d'
}
