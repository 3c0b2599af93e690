import { Button, Checkbox, Group, Stack, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { addressOf, type WebhookEndpoint } from '../../../lib/lucca-client'
import { endpointLabel } from '../endpoint-label'
import { useCreateEndpoint, useUpdateEndpoint, type EndpointDetail } from '../endpoints-api'
import { SecretModal } from '../form/secret-modal'
import { DeleteEndpointModal } from '../status/delete-endpoint-modal'
import { ForYourDeveloper, RotationStep, StepError } from './rotation-step'
import { RetireStep } from './retire-step'
import { rotationStep, twinOf } from './rotation-state'

interface RotationWizardProps {
  old: EndpointDetail | null
  twin: EndpointDetail | null
  isProduction: boolean
  /** A test delivery to the twin, followed until delivered or failed (the deliveries feature's button). */
  testDelivery: (twin: WebhookEndpoint) => ReactNode
  /** Opens the rotation of another endpoint: the twin once it exists, the old one after a restart. */
  onMoved: (address: string) => void
  onFinished: (twinAddress: string) => void
}

export function RotationWizard({
  old,
  twin,
  isProduction,
  testDelivery,
  onMoved,
  onFinished,
}: RotationWizardProps) {
  const { t } = useTranslation('endpoints/rotation')
  // The secret lives here and only here, until the admin confirms they stored it (as on the create form).
  const [secret, setSecret] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [ready, setReady] = useState(false)
  const [restarting, setRestarting] = useState(false)
  const create = useCreateEndpoint((value) => setSecret(value))
  const disable = useUpdateEndpoint()
  const derived = rotationStep(old?.endpoint ?? null, twin?.endpoint ?? null)
  const current = secret ? 2 : { create: 1, overlap: confirming ? 4 : 3, retire: 5, finish: 5 }[derived]
  const label = old ? endpointLabel(old.endpoint) : ''

  return (
    <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      <RotationStep step={1} current={current} title={t('steps.create.title')}>
        <Text size="sm">{t('steps.create.body', { endpoint: label })}</Text>
        {create.isError && <StepError error={create.error} />}
        <Group>
          <Button
            loading={create.isPending}
            onClick={() =>
              old &&
              create.mutate(
                twinOf(old.endpoint, (address) => t('replaces', { address })),
                {
                  onSuccess: ({ endpoint }) => onMoved(addressOf(endpoint)),
                },
              )
            }
          >
            {t('steps.create.title')}
          </Button>
        </Group>
      </RotationStep>
      <RotationStep
        step={2}
        current={current}
        title={t('steps.secret.title')}
        after={
          <>
            <Text size="sm">{t('steps.secret.gone')}</Text>
            {twin && current < 5 && (
              <Group>
                <Button variant="default" onClick={() => setRestarting(true)}>
                  {t('steps.secret.restart')}
                </Button>
              </Group>
            )}
          </>
        }
      >
        <Text size="sm">{t('steps.secret.body')}</Text>
      </RotationStep>
      <RotationStep step={3} current={current} title={t('steps.overlap.title')}>
        <Text size="sm">{t('steps.overlap.body')}</Text>
        <ForYourDeveloper>{t('steps.overlap.developer')}</ForYourDeveloper>
        {twin?.endpoint.status === 'active' ? (
          <>
            <Text size="sm">{t('steps.overlap.test')}</Text>
            {testDelivery(twin.endpoint)}
          </>
        ) : (
          <Text size="sm" c="orange.8">
            {t('steps.overlap.notActive')}
          </Text>
        )}
        <Group>
          <Button onClick={() => setConfirming(true)}>{t('steps.overlap.next')}</Button>
        </Group>
      </RotationStep>
      <RotationStep step={4} current={current} title={t('steps.confirm.title')}>
        <Checkbox
          checked={ready}
          onChange={(event) => setReady(event.currentTarget.checked)}
          label={t('steps.confirm.check')}
        />
        <Text size="sm">{t('steps.confirm.body')}</Text>
        {disable.isError && <StepError error={disable.error} />}
        <Group>
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('steps.confirm.back')}
          </Button>
          <Button
            disabled={!ready}
            loading={disable.isPending}
            onClick={() =>
              old && disable.mutate({ endpoint: old.endpoint, etag: old.etag, patch: { status: 'inactive' } })
            }
          >
            {t('steps.confirm.action')}
          </Button>
        </Group>
      </RotationStep>
      <RotationStep step={5} current={current} title={t('steps.retire.title')}>
        {twin && <RetireStep old={old} twin={twin} isProduction={isProduction} onFinished={onFinished} />}
      </RotationStep>
      {secret && twin && (
        <SecretModal
          secret={secret}
          endpointLabel={endpointLabel(twin.endpoint)}
          onDone={() => setSecret(null)}
        />
      )}
      {twin && old && (
        <DeleteEndpointModal
          endpoint={twin.endpoint}
          etag={twin.etag}
          isProduction={isProduction}
          opened={restarting}
          onClose={() => setRestarting(false)}
          onDeleted={() => onMoved(addressOf(old.endpoint))}
        />
      )}
    </Stack>
  )
}
