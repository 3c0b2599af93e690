import { useTranslation } from 'react-i18next'
import { isApiError } from '../../lib/api-error'
import { useErrorMessage } from '../../components/use-error-message'

/** A failed write in words: our own wording for the cases this feature knows, else the shell's. */
export function useMutationErrorMessage() {
  const { t } = useTranslation('deliveries')
  const shellMessage = useErrorMessage()
  return (error: unknown) => {
    // Lucca refuses test deliveries and redeliveries to an endpoint that is not active.
    if (isApiError(error, 400) && error.fieldErrors.webhookEndpoint) return t('errors.endpointNotActive')
    if (isApiError(error, 400) && error.fieldErrors.webhookUrl) return error.fieldErrors.webhookUrl
    return shellMessage(error)
  }
}
