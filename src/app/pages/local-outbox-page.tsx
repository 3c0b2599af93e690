import '../../components/mantine-on-demand.css'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { AlertsTabs } from '../../features/alerts/alerts-tabs'
import { LocalOutboxScreen } from '../../features/alerts/outbox/local-outbox-screen'

/** `/alerts/local-outbox`: what the embedded default's own mail server and hooks received. */
export function LocalOutboxPage() {
  const { t } = useTranslation('alerts/outbox')
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AlertsTabs />
      <LocalOutboxScreen />
    </>
  )
}
