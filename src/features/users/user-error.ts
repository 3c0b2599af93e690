import { useTranslation } from 'react-i18next'
import { useErrorMessage } from '../../components/use-error-message'
import { isApiError } from '../../lib/api-error'

/** A refused change to a user in words: the console's own refusals first, then the shell's messages. */
export function useUserErrorMessage(): (error: unknown, gone?: 'user' | 'session') => string {
  const { t } = useTranslation('users')
  const shell = useErrorMessage()
  return (error, gone = 'user') => {
    if (isApiError(error, 409) && error.reason === 'last-admin') return t('users.errors.lastAdmin')
    if (isApiError(error, 404))
      return t(gone === 'session' ? 'users.errors.sessionGone' : 'users.errors.userGone')
    return shell(error)
  }
}
