import { useTranslation } from 'react-i18next'
import { asLanguage, changeLanguage, languages } from '../lib/language'
import { ChoiceChips } from './choice-chips'

const options = languages.map((language) => ({ value: language, label: language.toUpperCase() }))

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const current = asLanguage(i18n.language.split('-')[0]) ?? 'en'
  return (
    <ChoiceChips
      size="xs"
      label={t('shell.language')}
      value={current}
      options={options}
      onChange={(language) => void changeLanguage(language)}
    />
  )
}
