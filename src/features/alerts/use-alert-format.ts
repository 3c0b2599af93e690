import { useTranslation } from 'react-i18next'
import { dateTimeFormat, relativeTimeFormat } from '../../lib/format'

/** Dates, relative times and outage lengths in the admin's language ("2 h 10 min", "3 j 4 h"). */
export function useAlertFormat() {
  const { t, i18n } = useTranslation('alerts')
  const dateTime = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const relative = relativeTimeFormat(i18n.language, { numeric: 'auto' })
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    duration: (fromIso: string, toMs: number) => {
      const minutes = Math.floor((toMs - Date.parse(fromIso)) / 60_000)
      if (minutes < 1) return t('duration.lessThanMinute')
      if (minutes < 60) return t('duration.minutes', { minutes })
      const hours = Math.floor(minutes / 60)
      if (hours < 24) return t('duration.hours', { hours, minutes: minutes % 60 })
      return t('duration.days', { days: Math.floor(hours / 24), hours: hours % 24 })
    },
    /** "in 5 minutes", "2 hours ago". */
    fromNow: (iso: string, now: number) => {
      const seconds = Math.round((Date.parse(iso) - now) / 1000)
      if (Math.abs(seconds) < 60) return relative.format(seconds, 'second')
      const minutes = Math.round(seconds / 60)
      if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute')
      const hours = Math.round(minutes / 60)
      if (Math.abs(hours) < 48) return relative.format(hours, 'hour')
      return relative.format(Math.round(hours / 24), 'day')
    },
  }
}
