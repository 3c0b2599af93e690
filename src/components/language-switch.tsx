import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { asLanguage, changeLanguage, languages } from '../lib/language'

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const current = asLanguage(i18n.language.split('-')[0]) ?? 'en'
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={current}
      onChange={(value) => {
        const language = asLanguage(value)
        if (language) void changeLanguage(language)
      }}
      data={languages.map((language) => ({ value: language, label: language.toUpperCase() }))}
    />
  )
}
