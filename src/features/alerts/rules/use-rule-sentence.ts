import { useTranslation } from 'react-i18next'
import type { AlertRecipient, AlertRule } from '../alerts-client'

/** The host (and path) of a hook: a Slack or Teams hook's address is its credential, so it is not shown whole. */
function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/**
 * A rule in one sentence: "When an integration is suspended by Lucca → email hr-it@acme.fr (French), Slack
 * (English), and again when it is fixed".
 */
export function useRuleSentence(
  /** Its name; null for an endpoint that is gone, undefined while the endpoints are not known yet. */
  endpointName: (id: string) => string | null | undefined,
) {
  const { t } = useTranslation('alerts/rules')
  const recipient = (recipient: AlertRecipient) => {
    const target =
      recipient.kind === 'email'
        ? (recipient.address ?? '')
        : recipient.kind === 'endpoint-owner'
          ? ''
          : hostOf(recipient.url ?? '')
    return t('sentence.language', {
      who: t(`sentence.kinds.${recipient.kind}`, { target }),
      language: t(`sentence.languages.${recipient.language}`),
    })
  }
  return (rule: AlertRule) => {
    const name = rule.endpointId === null ? null : endpointName(rule.endpointId)
    const scope =
      rule.endpointId === null
        ? t('sentence.every')
        : name === null
          ? t('sentence.gone', { id: rule.endpointId })
          : t('sentence.one', { name: name ?? rule.endpointId })
    const when = t(`sentence.${rule.condition}`, {
      scope,
      percent: rule.percent,
      minutes: rule.minutes,
      minDeliveries: rule.minDeliveries,
      hours: rule.hours,
    })
    const who = rule.recipients.map(recipient).join(', ')
    return `${when} → ${who}${rule.notifyRecovery ? `, ${t('sentence.recovery')}` : ''}`
  }
}
