import { Badge, Code, Group, Spoiler, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { diagnose } from '../diagnosis/diagnosis'
import { useDiagnosisTitle } from '../diagnosis/use-diagnosis-title'
import { useFormatters } from '../format'

interface Props {
  attempt: WebhookDeliveryAttempt
  number: number
  /** Inside a group of identical attempts, whose title already says the number and the answer. */
  compact?: boolean
}

/** One attempt: when, what the receiver answered, what it said on failure, and the signature Lucca sent. */
export function AttemptItem({ attempt, number, compact = false }: Props) {
  const { t } = useTranslation('deliveries/follow')
  const format = useFormatters()
  const diagnosisTitle = useDiagnosisTitle()
  const kind = diagnose(attempt)
  const code = attempt.responseStatusCode
  return (
    <Stack gap={6}>
      {!compact && (
        <>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t('attempts.number', { number })}
            </Text>
            <Badge variant="filled" color={attempt.isSuccessful ? 'teal.9' : 'red.9'}>
              {typeof code === 'number' ? t('attempts.code', { code }) : t('attempts.noResponse')}
            </Badge>
            <Text size="sm">{attempt.isSuccessful ? t('attempts.success') : t('attempts.failure')}</Text>
          </Group>
          <Text size="xs">
            <time dateTime={attempt.createdAt}>{format.dateTime(attempt.createdAt)}</time>
          </Text>
        </>
      )}
      {kind && (
        <Text size="sm">
          {t('attempts.diagnosis')} {diagnosisTitle(kind)}
        </Text>
      )}
      {!attempt.isSuccessful && (
        <div>
          <Text size="xs" fw={600}>
            {t('attempts.errorBody')}
          </Text>
          {attempt.errorResponseBody ? (
            <Spoiler maxHeight={120} showLabel={t('attempts.showMore')} hideLabel={t('attempts.showLess')}>
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {attempt.errorResponseBody}
              </Code>
            </Spoiler>
          ) : (
            <Text size="xs">{t('attempts.emptyBody')}</Text>
          )}
        </div>
      )}
      {/* Lucca's signatures vary in form (contract §12 R2): shown as given, never parsed. */}
      <Text size="xs">
        {t('attempts.signature')}{' '}
        {attempt.signature && attempt.signature !== '-' ? (
          <Code style={{ wordBreak: 'break-all' }}>{attempt.signature}</Code>
        ) : (
          t('attempts.signatureUnknown')
        )}
      </Text>
    </Stack>
  )
}
