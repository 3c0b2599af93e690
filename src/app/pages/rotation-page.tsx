import '../../components/mantine-on-demand.css'
import { Anchor, Breadcrumbs, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { SendTestButton } from '../../features/deliveries/send-test-button'
import { RotationWizard } from '../../features/endpoints/rotation/rotation-wizard'
import { useRotationPair } from '../../features/endpoints/rotation/use-rotation-pair'
import { useActiveSession } from '../use-active-session'

/** The guided rotation of an endpoint's signing secret, opened on the old endpoint or on its twin. */
export function RotationPage() {
  const { endpointAddress } = useParams()
  if (!endpointAddress) throw new Error('rotation-page is mounted without :endpointAddress')
  const { t } = useTranslation('endpoints/rotation')
  const { t: tShell } = useTranslation()
  const navigate = useNavigate()
  const { isProduction } = useActiveSession()
  const pair = useRotationPair(endpointAddress)
  const open = (address: string, rest = '') => `/endpoints/${encodeURIComponent(address)}${rest}`

  return (
    <Stack gap={0} maw={760}>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to="/endpoints" size="sm">
          {tShell('nav.endpoints')}
        </Anchor>
        <Anchor component={Link} to={open(endpointAddress)} size="sm">
          {pair.status === 'ready'
            ? ((pair.old ?? pair.twin)?.endpoint.name ?? endpointAddress)
            : endpointAddress}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('title')} description={t('intro')} />
      {pair.status === 'pending' && <LoadingPlaceholder heights={[120, 120, 120]} />}
      {pair.status === 'error' && <QueryError error={pair.error} onRetry={pair.retry} />}
      {pair.status === 'ready' && (
        <RotationWizard
          old={pair.old}
          twin={pair.twin}
          isProduction={isProduction}
          testDelivery={(twin) => (
            <SendTestButton endpointId={twin.id} endpointStatus={twin.status} follow="inline" size="sm" />
          )}
          onMoved={(address) => void navigate(open(address, '/rotate'), { replace: true })}
          onFinished={(address) => {
            notifications.show({ color: 'teal', message: t('done') })
            void navigate(open(address), { replace: true })
          }}
        />
      )}
    </Stack>
  )
}
