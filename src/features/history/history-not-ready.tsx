import { Alert, Progress, Stack, Text } from '@mantine/core'
import { IconHourglass } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFallbackRefresh } from '../../lib/live-updates'
import { percentOf } from './freshness'
import { historyQueries, isFirstRead } from './history-api'

/**
 * In place of an empty list while the collector has not read the whole account once: says so, with how far
 * it got. Once the account has been read through, `fallback` (what an empty list shows otherwise).
 */
export function HistoryNotReady({ fallback }: { fallback: ReactNode }) {
  const { t } = useTranslation('history')
  const collector = useQuery({ ...historyQueries.status(), refetchInterval: useFallbackRefresh() }).data
    ?.collector
  if (!collector || !isFirstRead(collector)) return fallback
  const percent = percentOf(collector.progress)
  return (
    <Alert
      color="blue"
      variant="light"
      mb="md"
      icon={<IconHourglass aria-hidden />}
      title={t('notReady.title')}
    >
      <Stack gap="xs">
        <Text size="sm">{t('notReady.body')}</Text>
        <Progress
          value={percent ?? 100}
          animated={percent === null}
          striped={percent === null}
          aria-label={t('notReady.title')}
        />
        {percent !== null && (
          <Text size="xs" c="dimmed">
            {t('notReady.progress', { percent })}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
