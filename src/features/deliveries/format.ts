import { useTranslation } from 'react-i18next'
import { dateTimeFormat, relativeTimeFormat } from '../../lib/format'

/** Dates and durations in the admin's language and time zone. */
export function useFormatters() {
  const { i18n } = useTranslation()
  const locale = i18n.language
  const dateTime = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
  const relative = relativeTimeFormat(locale, { numeric: 'always', style: 'short' })
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    time: (iso: string) => time.format(new Date(iso)),
    /** "in 58 s", "in 9 min", "in 2 h". */
    fromNow: (iso: string, now: number) => {
      const seconds = Math.round((Date.parse(iso) - now) / 1000)
      if (Math.abs(seconds) < 90) return relative.format(seconds, 'second')
      const minutes = Math.round(seconds / 60)
      if (Math.abs(minutes) < 90) return relative.format(minutes, 'minute')
      return relative.format(Math.round(minutes / 60), 'hour')
    },
  }
}
