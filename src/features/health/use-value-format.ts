import { useTranslation } from 'react-i18next'
import type { ChartSpec } from './chart-specs'
import { durationOf } from './health-format'
import { numberFormat } from '../../lib/format'

/** How a chart's values read in the UI's language: "12", "98.5 %", "1.2 s"; a dash for none. */
export function useValueFormat(unit: ChartSpec['unit']): (value: number | null) => string {
  const { t, i18n } = useTranslation('health')
  const language = i18n.language
  return (value) => {
    if (value === null) return t('table.none')
    if (unit === 'percent')
      return t('percent', {
        value: numberFormat(language, { maximumFractionDigits: 1 }).format(value),
      })
    if (unit === 'seconds') {
      const { unit: durationUnit, value: text } = durationOf(value * 1000, language)
      return t(`duration.${durationUnit}`, { value: text })
    }
    return numberFormat(language).format(value)
  }
}
