import '../../components/mantine-on-demand.css'
import { Anchor, Breadcrumbs } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { CreateEndpointForm } from '../../features/endpoints/form/create-endpoint-form'
import { writeFlag } from '../../features/onboarding/onboarding-flags'
import { useActiveSession } from '../use-active-session'

export function NewEndpointPage() {
  const { t } = useTranslation('endpoints/form')
  const { t: tShell } = useTranslation()
  const navigate = useNavigate()
  const { allowsPrivateReceivers, testReceiverUrl } = useActiveSession()
  return (
    <>
      <Breadcrumbs mb="sm">
        <Anchor component={Link} to="/endpoints" size="sm">
          {tShell('nav.endpoints')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('form.createTitle')} description={t('form.createDescription')} />
      <CreateEndpointForm
        allowsPrivateReceivers={allowsPrivateReceivers}
        testReceiverUrl={testReceiverUrl}
        onCancel={() => void navigate('/endpoints')}
        onCreated={(address) => {
          // The secret dialog closes only once the admin confirms they stored it: its checklist step.
          writeFlag(address, 'secretStored', true)
          void navigate(`/endpoints/${encodeURIComponent(address)}`)
        }}
      />
    </>
  )
}
