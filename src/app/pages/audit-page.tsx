import '../../components/mantine-on-demand.css'
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { auditQueries } from '../../features/audit/audit-api'
import { AuditTable } from '../../features/audit/audit-table'
import { LoadingPlaceholder } from '../../components/loading-placeholder'

/** `/audit`: who changed what through the console (admins only; the proxy enforces it). */
export function AuditPage() {
  const { t } = useTranslation('audit')
  const audit = useInfiniteQuery(auditQueries.list())
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <Stack>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      {audit.isPending && <LoadingPlaceholder heights={[36, 36, 36]} />}
      {audit.isError && <QueryError error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.isSuccess && entries.length === 0 && (
        <Paper withBorder p="xl">
          <Text c="dimmed">{t('audit.empty')}</Text>
        </Paper>
      )}
      {entries.length > 0 && (
        <Paper withBorder>
          <AuditTable entries={entries} />
        </Paper>
      )}
      {audit.hasNextPage && (
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
