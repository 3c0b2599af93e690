import '../../components/mantine-on-demand.css'
import { Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { deliveryLogQueries } from '../../features/deliveries/log/delivery-log-api'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { OnboardingChecklist } from '../../features/onboarding/onboarding-checklist'
import { writeFlag } from '../../features/onboarding/onboarding-flags'
import { SignatureChecker } from '../../features/onboarding/signature-checker'
import { VerificationSnippets } from '../../features/onboarding/verification-snippets'

/**
 * `/verify` (optionally `?endpoint=<address>`): signature snippets, the checker, and that endpoint's checklist.
 */
export function VerifyReceiverPage() {
  const { t } = useTranslation('onboarding')
  const [params] = useSearchParams()
  const endpointId = params.get('endpoint')
  // Re-reads the checklist's stored flags after the checker ticks one.
  const [checks, setChecks] = useState(0)
  const endpoint = useQuery({
    ...endpointQueries.detail(endpointId ?? ''),
    enabled: Boolean(endpointId),
  }).data
  // Deliveries are filtered by the endpoint's id, which its address need not be.
  const delivered = useQuery({
    ...deliveryLogQueries.page({ endpoint: endpoint?.endpoint.id ?? '', status: ['delivered'] }, null, 1),
    enabled: endpoint !== undefined,
  }).data
  return (
    <Stack>
      <PageHeader
        title={t('page.title')}
        description={
          endpointId
            ? t('page.endpoint', { id: endpoint?.endpoint.name ?? endpointId })
            : t('page.description')
        }
      />
      {endpointId && (
        <OnboardingChecklist
          key={checks}
          endpointId={endpointId}
          endpointStatus={endpoint?.endpoint.status}
          testDelivered={(delivered?.items.length ?? 0) > 0}
        />
      )}
      <SignatureChecker
        onValid={() => {
          if (!endpointId) return
          writeFlag(endpointId, 'signatureVerified', true)
          setChecks((count) => count + 1)
        }}
      />
      <VerificationSnippets />
    </Stack>
  )
}
