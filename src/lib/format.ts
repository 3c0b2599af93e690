/**
 * Dates, times and numbers in the UI's language, whatever the browser's: one place picks the locale, so
 * French reads 24 h and dd/mm/yyyy everywhere. Callers pass `i18n.language`.
 */
const locales: Record<string, string> = { en: 'en-US', fr: 'fr-FR' }

function localeOf(language: string): string {
  return locales[language] ?? language
}

export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(localeOf(language), options)
}

export function numberFormat(language: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(localeOf(language), options)
}

export function relativeTimeFormat(
  language: string,
  options?: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat {
  return new Intl.RelativeTimeFormat(localeOf(language), options)
}

/** A wait in words, "15 minutes" (rounded up to whole minutes), or "45 seconds" under a minute. */
export function waitOf(seconds: number, language: string): string {
  const whole = Math.max(1, Math.ceil(seconds))
  const [value, unit] = whole < 60 ? [whole, 'second'] : [Math.ceil(whole / 60), 'minute']
  return numberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value)
}

const dayOptions = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } as const

/** A calendar day (`YYYY-MM-DD`) as this language writes it short: 03/12/2026 in French, 12/03/2026 in English. */
export function formatDay(day: string, language: string): string {
  return dateTimeFormat(language, dayOptions).format(new Date(`${day}T00:00:00Z`))
}

/** A day typed the way this language writes it (03/12/2026, 3-12-26, 3.12.2026 in French), as `YYYY-MM-DD`; null if it is no day. */
export function parseDay(text: string, language: string): string | null {
  const numbers = text.match(/\d+/g)
  if (numbers?.length !== 3) return null
  const order = language === 'en' ? 'mdy' : 'dmy'
  const value = (type: 'd' | 'm' | 'y') => Number(numbers[order.indexOf(type)])
  const year = value('y') < 100 ? 2000 + value('y') : value('y')
  const date = new Date(Date.UTC(year, value('m') - 1, value('d')))
  if (date.getUTCMonth() !== value('m') - 1 || date.getUTCDate() !== value('d') || year > 9999) return null
  return date.toISOString().slice(0, 10)
}
