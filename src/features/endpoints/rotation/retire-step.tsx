import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addressOf } from '../../../lib/lucca-client'
import { useUpdateEndpoint, type EndpointDetail } from '../endpoints-api'
import { DeleteEndpointModal } from '../status/delete-endpoint-modal'
import { baseName } from './rotation-state'
import { StepError } from './rotation-step'

interface RetireStepProps {
  /** Null once Lucca no longer has it. */
  old: EndpointDetail | null
  twin: EndpointDetail
  isProduction: boolean
  onFinished: (twinAddress: string) => void
}

/** Step 5: the old endpoint, already switched off, is deleted; then the twin's name loses its marker. */
export function RetireStep({ old, twin, isProduction, onFinished }: RetireStepProps) {
  const { t } = useTranslation('endpoints/rotation')
  const [confirming, setConfirming] = useState(false)
  // Lucca's deletion is the truth at once; the old endpoint's cached detail is only marked stale.
  const [deleted, setDeleted] = useState(false)
  const rename = useUpdateEndpoint()

  function finish() {
    rename.mutate(
      { endpoint: twin.endpoint, etag: twin.etag, patch: { name: baseName(twin.endpoint) } },
      { onSuccess: ({ endpoint }) => onFinished(addressOf(endpoint)) },
    )
  }

  if (old && !deleted)
    return (
      <>
        <Text size="sm">{t('steps.retire.body')}</Text>
        <Group>
          <Button color="red" onClick={() => setConfirming(true)}>
            {t('steps.retire.title')}
          </Button>
        </Group>
        <DeleteEndpointModal
          endpoint={old.endpoint}
          etag={old.etag}
          isProduction={isProduction}
          opened={confirming}
          onClose={() => setConfirming(false)}
          onDeleted={() => {
            setDeleted(true)
            finish()
          }}
        />
      </>
    )
  return (
    <>
      <Text size="sm">{t('steps.retire.finish')}</Text>
      {rename.isError && <StepError error={rename.error} />}
      <Group>
        <Button loading={rename.isPending} onClick={finish}>
          {t('steps.retire.finishAction')}
        </Button>
      </Group>
    </>
  )
}
