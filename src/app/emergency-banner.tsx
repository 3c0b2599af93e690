import { Alert, Anchor } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Session } from '../../contract/console-api'
import { dateTimeFormat } from '../lib/format'

/**
 * "The emergency account admin signed in on …", to the other admins for a day after (the proxy decides
 * who sees it and how long), with the audit trail of that account a click away. It stays for that day: an
 * emergency sign-in is something every admin should see.
 */
export function EmergencyBanner({ session }: { session: Session }) {
  const { t, i18n } = useTranslation()
  const notice = session.emergencySignIn
  if (!notice) return null
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
      mb="md"
    >
      {text}{' '}
      <Anchor component={Link} to={`/audit?username=${encodeURIComponent(notice.username)}`} c="inherit">
        {t('shell.emergencyTrail')}
      </Anchor>
    </Alert>
  )
}
