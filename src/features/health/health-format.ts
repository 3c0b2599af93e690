import { dateTimeFormat, numberFormat } from '../../lib/format'

const HOUR = 3_600_000

/**
 * A bucket's start as an axis shows it, in the UI's language (24 h and dd/mm in French): the hour over a day,
 * the day and hour over a week, the day beyond. Day buckets are UTC days, so they are named in UTC.
 */
export function tickOf(from: string, bucketMs: number, language: string): string {
  const options: Intl.DateTimeFormatOptions =
    bucketMs < HOUR * 24
      ? {
          hour: '2-digit',
          minute: '2-digit',
          ...(bucketMs > HOUR ? { day: '2-digit', month: '2-digit' } : {}),
        }
      : { day: '2-digit', month: '2-digit', timeZone: 'UTC' }
  return dateTimeFormat(language, options).format(new Date(from))
}

/** A bucket's whole span, as a tooltip and the table name it: "10/03 14:00 – 15:00", "10/03 (UTC)". */
export function spanOf(from: string, to: string, bucketMs: number, language: string): string {
  if (bucketMs >= HOUR * 24) return `${tickOf(from, bucketMs, language)} (UTC)`
  const start = dateTimeFormat(language, {
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(from))
  const end = dateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(to))
  return `${start} – ${end}`
}

/** A duration in the largest unit that keeps it readable: "850 ms", "12 s", "4 min", "2.5 h". */
export function durationOf(ms: number, language: string): { unit: 'ms' | 's' | 'min' | 'h'; value: string } {
  const number = (value: number) => numberFormat(language, { maximumFractionDigits: 1 }).format(value)
  if (ms < 1000) return { unit: 'ms', value: number(Math.round(ms)) }
  if (ms < 60_000) return { unit: 's', value: number(ms / 1000) }
  if (ms < HOUR) return { unit: 'min', value: number(ms / 60_000) }
  return { unit: 'h', value: number(ms / HOUR) }
}
