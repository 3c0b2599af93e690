import { Badge, Code, Group, Spoiler, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { diagnose, type DeliveryAttempt } from './diagnosis'
import { useFormatters } from './format'
import { ns } from './i18n'

/** One attempt: when, what the receiver answered, what it said on failure, and the signature Lucca sent. */
export function AttemptItem({ attempt, index }: { attempt: DeliveryAttempt; index: number }) {
  const { t } = useTranslation(ns)
  const format = useFormatters()
  const kind = diagnose(attempt)
  const code = attempt.responseStatusCode
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {t('attempts.number', { number: index + 1 })}
        </Text>
        <Badge variant="filled" color={attempt.isSuccessful ? 'teal.9' : 'red.9'}>
          {typeof code === 'number' ? t('attempts.code', { code }) : t('attempts.noResponse')}
        </Badge>
        <Text size="sm">{attempt.isSuccessful ? t('attempts.success') : t('attempts.failure')}</Text>
      </Group>
      <Text size="xs">
        <time dateTime={attempt.createdAt}>{format.dateTime(attempt.createdAt)}</time>
      </Text>
      {kind && (
        <Text size="sm">
          {t('attempts.diagnosis')} {t(`diagnosis.${kind}.title`)}
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
      <Text size="xs">
        {t('attempts.signature')}{' '}
        {attempt.signature && attempt.signature !== '-' ? (
          <Code>{attempt.signature}</Code>
        ) : (
          t('attempts.signatureUnknown')
        )}
      </Text>
    </Stack>
  )
}
