import '../../components/mantine-on-demand.css'
import { Box, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNow } from '../../components/use-now'
import { useFallbackRefresh, useStreamState } from '../../lib/live-updates'
import { freshnessOf } from './freshness'
import { QueryError } from '../../components/query-error'
import { connectionProblemOf, historyQueries } from './history-api'
import type { HistoryStatus } from './history-client'

const dotColors = { fresh: 'teal', busy: 'blue', paused: 'orange' } as const

/**
 * One quiet line at the top of a list: how fresh the console's view of the account is, whether live updates
 * are on, and what the console spends of Lucca's calls this minute (explained a click away).
 */
export function HistoryFreshness() {
  const { t } = useTranslation('history')
  const stream = useStreamState()
  // The stream's status messages keep it fresh; while it is down, it is read every 30 s.
  const status = useQuery({ ...historyQueries.status(), refetchInterval: useFallbackRefresh() }).data
  const now = useNow(5_000)
  if (!status) return null
  const { tone, key, values } = freshnessOf(status.collector, now)
  const color = tone === 'fresh' ? 'dimmed' : `var(--mantine-color-${dotColors[tone]}-light-color)`
  return (
    <Group gap={8} wrap="wrap" fz="xs" c="dimmed">
      <Group gap={6} wrap="nowrap">
        <Box w={8} h={8} bg={`var(--mantine-color-${dotColors[tone]}-filled)`} style={{ borderRadius: 4 }} />
        <Text size="xs" c={color} span>
          {t(key, values)}
        </Text>
      </Group>
      <span aria-hidden>·</span>
      <BudgetMeter status={status} />
      {stream === 'down' && (
        <>
          <span aria-hidden>·</span>
          <span>{t('live.off')}</span>
        </>
      )}
    </Group>
  )
}

/**
 * In place of the lists' silence when the collector cannot read the account because of the connection to
 * Lucca (a refused client, a missing scope, an address that does not resolve): what happened, and the link to
 * the connection check. No Retry: the collector tries again by itself, and the list follows.
 */
export function HistoryConnectionProblem() {
  const status = useQuery({ ...historyQueries.status(), refetchInterval: useFallbackRefresh() }).data
  const problem = status ? connectionProblemOf(status.collector) : null
  return problem ? <QueryError error={problem} /> : null
}

function BudgetMeter({ status: { budget, retentionDays } }: { status: HistoryStatus }) {
  const { t } = useTranslation('history')
  return (
    <Popover position="bottom-start" withArrow shadow="md" width={320}>
      <Popover.Target>
        <UnstyledButton fz="xs" c="dimmed" td="underline dotted">
          {t('meter.usage', { used: budget.console, limit: budget.limit, collector: budget.collector })}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" fz="sm">
          <Text fw={600}>{t('meter.title')}</Text>
          <Text inherit>{t('meter.explain', { limit: budget.limit })}</Text>
          <Text inherit>
            {t('meter.share', { consoleLimit: budget.consoleLimit, collectorShare: budget.collectorShare })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('meter.retention', { days: retentionDays })}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
