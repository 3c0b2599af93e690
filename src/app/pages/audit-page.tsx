import '../../components/mantine-on-demand.css'
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { IconDownload, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { auditQueries } from '../../features/audit/audit-api'
import { auditFiltersOf, hasAuditFilters, withAuditFilters } from '../../features/audit/audit-filters'
import { AuditFiltersBar } from '../../features/audit/audit-filters-bar'
import { AuditTable } from '../../features/audit/audit-table'
import { auditApi, type AuditFilters } from '../../features/audit/audit-client'
import { useTopicLabels } from '../../features/endpoints/use-topic-labels'
import { useActiveSession } from '../use-active-session'

/** `/audit`: who changed what through the console (admins only; the proxy enforces it). */
export function AuditPage() {
  const { t } = useTranslation('audit')
  const { session } = useActiveSession()
  // The filters live in the URL: a filtered view can be shared, and survives a reload.
  const [search, setSearch] = useSearchParams()
  const filters = auditFiltersOf(search)
  const filtered = hasAuditFilters(filters)
  const topicLabel = useTopicLabels().name
  const audit = useInfiniteQuery({ ...auditQueries.list(filters), placeholderData: keepPreviousData })
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? []
  const retentionDays = audit.data?.pages[0]?.retentionDays
  const setFilters = (next: AuditFilters) => setSearch(withAuditFilters(search, next), { replace: true })

  return (
    <Stack>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button
            component="a"
            href={auditApi.csvHref(filters)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            title={t('audit.exportCsvHint')}
          >
            {t('audit.exportCsv')}
          </Button>
        }
      />
      <Paper withBorder p="md" component="section" aria-label={t('audit.filters.title')}>
        <AuditFiltersBar
          filters={filters}
          onChange={setFilters}
          accounts={session.accounts}
          note={retentionDays === undefined ? undefined : t('audit.retention', { count: retentionDays })}
        />
      </Paper>
      {audit.isPending && <LoadingPlaceholder heights={[36, 36, 36]} />}
      {audit.isError && !audit.isFetchNextPageError && (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      )}
      {audit.isSuccess && entries.length === 0 && (
        <Paper withBorder p="xl">
          {filtered ? (
            <Stack align="flex-start" gap="sm">
              <Text c="dimmed">{t('audit.noMatch')}</Text>
              <Button
                variant="light"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => setFilters({})}
              >
                {t('audit.filters.clear')}
              </Button>
            </Stack>
          ) : (
            <Text c="dimmed">{t('audit.empty')}</Text>
          )}
        </Paper>
      )}
      {entries.length > 0 && (
        <Paper
          withBorder
          style={{ opacity: audit.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={audit.isPlaceholderData}
        >
          <AuditTable entries={entries} topicLabel={topicLabel} />
        </Paper>
      )}
      {audit.isFetchNextPageError && (
        <QueryError error={audit.error} onRetry={() => void audit.fetchNextPage()} />
      )}
      {audit.hasNextPage && !audit.isPlaceholderData && (
        <Group justify="center">
          <Button
            variant="default"
            loading={audit.isFetchingNextPage}
            onClick={() => void audit.fetchNextPage()}
          >
            {t('audit.more')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
