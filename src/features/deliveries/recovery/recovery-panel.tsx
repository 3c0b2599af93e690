import { Alert, Anchor, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '../../../components/query-error'
import { addressOf, type WebhookEndpoint } from '../../../lib/lucca-client'
import { RecoveryForm } from './recovery-form'
import type { RecoveryWindow } from './recovery-plan'
import { useRecovery } from './use-recovery'

interface Props {
  endpoint: WebhookEndpoint
  /** Counting is a read; redelivering is for admins (the proxy refuses it to viewers anyway). */
  canEdit: boolean
  /** Set by "Resend all failed": from then to now, counted at once (counting sends nothing). */
  presetFrom?: number | undefined
}

export function RecoveryPanel({ endpoint, canEdit, presetFrom }: Props) {
  const { t } = useTranslation('deliveries/recovery')
  const recovery = useRecovery(endpoint.id)
  const { state, count } = recovery
  const [preset] = useState<RecoveryWindow | undefined>(() =>
    presetFrom ? { from: presetFrom, to: Date.now() + 60_000, topics: [] } : undefined,
  )
  useEffect(() => {
    if (preset) count(preset)
    // Once, on arrival: `count` is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset])
  const { topics } = endpoint
  // Redelivery to a suspended or inactive endpoint is refused by Lucca: re-activate it first.
  const endpointActive = endpoint.status === 'active'
  const historyLink = `/endpoints/${encodeURIComponent(addressOf(endpoint))}/deliveries`

  return (
    <Stack>
      {!canEdit && (
        <Alert color="blue" role="note">
          {t('recovery.adminsOnly')}
        </Alert>
      )}
      {!endpointActive && (
        <Alert color="orange" role="alert">
          {t('recovery.notActive')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <RecoveryForm
          topics={topics}
          busy={state.step === 'scanning'}
          initial={preset}
          onCount={recovery.count}
        />
      </Paper>
      {state.step === 'scanning' && (
        <Text size="sm" role="status">
          {t('recovery.scanning', { count: state.scanned })}
        </Text>
      )}
      {state.step === 'error' && <QueryError error={state.error} />}
      {state.step === 'planned' && (
        <Paper withBorder p="md">
          <Text fw={600} role="status">
            {t('recovery.found', {
              count: state.candidates.length,
              failed: state.candidates.filter((c) => c.reason === 'failed').length,
              held: state.candidates.filter((c) => c.reason === 'held').length,
            })}
          </Text>
          <Text size="sm" mt={4}>
            {t('recovery.nothingSentYet', { scanned: state.scanned })}
          </Text>
          {state.truncated && (
            <Text size="sm" fw={600} mt={4}>
              {t('recovery.truncated')}
            </Text>
          )}
          <Group mt="md">
            <Button
              disabled={state.candidates.length === 0 || !endpointActive || !canEdit}
              onClick={() => recovery.run(state.candidates)}
            >
              {t('recovery.run', { count: state.candidates.length })}
            </Button>
            <Button variant="subtle" onClick={recovery.reset}>
              {t('recovery.startOver')}
            </Button>
          </Group>
        </Paper>
      )}
      {(state.step === 'running' || state.step === 'done' || state.step === 'cancelled') && (
        <Paper withBorder p="md">
          <Text fw={600} role="status" aria-live="polite">
            {t(`recovery.progress.${state.step}`, {
              done: state.progress.done,
              total: state.progress.total,
              sent: state.progress.sent.length,
              errors: state.progress.errors.length,
            })}
          </Text>
          <Progress
            mt="sm"
            value={state.progress.total === 0 ? 100 : (100 * state.progress.done) / state.progress.total}
            aria-label={t('recovery.progressLabel')}
          />
          <Group mt="md">
            {state.step === 'running' ? (
              <Button color="red.9" variant="outline" onClick={recovery.cancel}>
                {t('recovery.cancel')}
              </Button>
            ) : (
              <>
                <Anchor component={Link} to={historyLink}>
                  {t('recovery.seeHistory')}
                </Anchor>
                <Button variant="subtle" onClick={recovery.reset}>
                  {t('recovery.startOver')}
                </Button>
              </>
            )}
          </Group>
        </Paper>
      )}
    </Stack>
  )
}
