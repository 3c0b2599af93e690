import { Alert, Anchor } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Session } from '../../contract/console-api'
import { dateTimeFormat } from '../lib/format'

/** This admin's dismissal, in this browser: the sign-in's time; storage may be off (private browsing). */
function dismissal(me: string, at?: string): string | null {
  try {
    if (at) localStorage.setItem(`console.emergency:${me}`, at)
    return localStorage.getItem(`console.emergency:${me}`)
  } catch {
    return at ?? null
  }
}

/**
 * "The emergency account admin signed in on …", to the other admins for a day after (the proxy decides
 * who sees it and how long), with the audit trail of that account a click away. Dismissed, it stays hidden
 * for this admin in this browser until the account signs in again.
 */
export function EmergencyBanner({ session }: { session: Session }) {
  const { t, i18n } = useTranslation()
  const notice = session.emergencySignIn
  const me = session.user.username
  const [dismissed, setDismissed] = useState(() => dismissal(me))
  if (!notice || dismissed === notice.at) return null
  const when = dateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(notice.at),
  )
  const text = t('shell.emergency', { name: notice.username, when })
  return (
    <Alert
      color="orange"
      variant="light"
      role="region"
      aria-label={text}
      icon={<IconAlertTriangle size={18} aria-hidden />}
      withCloseButton
      closeButtonLabel={t('shell.emergencyDismiss')}
      onClose={() => setDismissed(dismissal(me, notice.at))}
      mb="md"
    >
      {text}{' '}
      <Anchor component={Link} to={`/audit?username=${encodeURIComponent(notice.username)}`} c="inherit">
        {t('shell.emergencyTrail')}
      </Anchor>
    </Alert>
  )
}
