import { useTranslation } from 'react-i18next'
import { errorKeyOf } from '../lib/error-message'

/** A failed call in the shell's words (`errors.*`), for any feature's toast or inline message. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation()
  return (error) => {
    const { key, values } = errorKeyOf(error)
    return t(key, values)
  }
}
