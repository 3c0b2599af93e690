import '../../components/mantine-on-demand.css'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { AlertsScreen } from '../../features/alerts/alerts-screen'
import { AlertsTabs } from '../../features/alerts/alerts-tabs'
import { useActiveSession } from '../use-active-session'

/** `/alerts`: every alert of the account and what was sent for it (admins can send a message again). */
export function AlertsPage() {
  const { t } = useTranslation('alerts')
  const { canEdit } = useActiveSession()
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <AlertsTabs />
      <AlertsScreen canEdit={canEdit} />
    </>
  )
}
