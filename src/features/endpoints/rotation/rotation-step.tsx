import { Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryError } from '../../../components/query-error'
import { isApiError } from '../../../lib/api-error'

interface RotationStepProps {
  step: number
  current: number
  title: string
  /** What the admin does now: shown only while this is the current step. */
  children: ReactNode
  /** What stays worth saying once the step is done. */
  after?: ReactNode
}

/** One step of the rotation: its number and title always, its explanation and actions while it is current. */
export function RotationStep({ step, current, title, children, after }: RotationStepProps) {
  const { t } = useTranslation('endpoints/rotation')
  const isCurrent = step === current
  return (
    <Paper withBorder p="md" component="li" aria-current={isCurrent ? 'step' : undefined}>
      <Stack gap="sm">
        <div>
          <Text size="xs" c="dimmed">
            {t('stepOf', { step })}
            {step < current && ` · ${t('doneMark')}`}
          </Text>
          <Title order={2} size="h4" {...(step > current ? { c: 'dimmed' } : {})}>
            {title}
          </Title>
        </div>
        {isCurrent ? children : step < current && after}
      </Stack>
    </Paper>
  )
}

/** The technical part, one click away: a native disclosure, keyboard-usable and free of script. */
export function ForYourDeveloper({ children }: { children: ReactNode }) {
  const { t } = useTranslation('endpoints/rotation')
  return (
    <Text component="details" size="sm">
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('developer')}</summary>
      <Text size="sm" mt="xs" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Text>
  )
}

/** A step's failed call: Lucca's own reason when the receiver failed its check, else the usual message. */
export function StepError({ error }: { error: unknown }) {
  const { t } = useTranslation('endpoints')
  const challenge = isApiError(error, 400) ? error.fieldErrors.webhookUrl : undefined
  if (!challenge) return <QueryError error={error} />
  return (
    <Text size="sm" c="red" role="alert">
      {t('statusChange.challengeFailed', { reason: challenge })}
    </Text>
  )
}
