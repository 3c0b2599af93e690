import { Alert, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { useInfiniteQuery } from '@tanstack/react-query'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ChoiceChips } from '../../components/choice-chips'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { QueryError } from '../../components/query-error'
import { useNow } from '../../components/use-now'
import { AlertCard } from './alert-card'
import { alertQueries } from './alerts-api'

type Section = 'open' | 'closed'
const filters = ['all', 'open', 'closed'] as const

/** The state shown, as the URL keeps it (`?state=open`): both by default, open ones first. */
function sectionsOf(params: URLSearchParams): Section[] {
  const state = params.get('state')
  return state === 'open' || state === 'closed' ? [state] : ['open', 'closed']
}

/**
 * Every alert of the account, open ones first then the fixed ones, each newest first, a page at a time;
 * with a warning when messages could not be sent. Admins can send a failing message again.
 */
export function AlertsScreen({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('alerts')
  const [params, setParams] = useSearchParams()
  const sections = sectionsOf(params)
  const open = useInfiniteQuery({ ...alertQueries.list('open'), enabled: sections.includes('open') })
  const closed = useInfiniteQuery({ ...alertQueries.list('closed'), enabled: sections.includes('closed') })
  const queries = { open, closed }
  const shown = sections.map((section) => queries[section])
  const failing = shown.find((query) => query.data)?.data?.pages[0]?.failingDispatches ?? 0
  const none = shown.every((query) => query.isSuccess && query.data.pages[0]?.items.length === 0)
  const openCount = open.data?.pages.reduce((count, page) => count + page.items.length, 0)
  const filter: string = sections.length === 2 ? 'all' : (sections[0] ?? 'all')

  return (
    <Stack>
      <Group justify="space-between" gap="sm">
        <ChoiceChips
          label={t('filter.label')}
          value={filter}
          onChange={(value) => setParams(value === 'all' ? {} : { state: value }, { replace: true })}
          options={filters.map((value) => ({ value, label: t(`filter.${value}`) }))}
        />
      </Group>
      {/* The list is read again every 30 s: a screen reader hears when the number of open alerts changes. */}
      {openCount !== undefined && (
        <VisuallyHidden role="status">{t('openCount', { count: openCount })}</VisuallyHidden>
      )}
      {failing > 0 && (
        <Alert color="orange" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">{t('failing', { count: failing })}</Text>
        </Alert>
      )}
      {none && sections.length === 2 ? (
        <Empty />
      ) : (
        sections.map((section) => <AlertSection key={section} section={section} canEdit={canEdit} />)
      )}
    </Stack>
  )
}

function AlertSection({ section, canEdit }: { section: Section; canEdit: boolean }) {
  const { t } = useTranslation('alerts')
  const now = useNow(30_000)
  const alerts = useInfiniteQuery(alertQueries.list(section))
  const items = alerts.data?.pages.flatMap((page) => page.items) ?? []
  const headingId = `alerts-${section}`
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h4" id={headingId}>
        {t(`sections.${section}`)}
      </Title>
      {alerts.isPending && <LoadingPlaceholder heights={[120, 120]} />}
      {alerts.isError && !alerts.isFetchNextPageError && (
        <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} />
      )}
      {alerts.isSuccess && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {section === 'open' ? t('sections.noneOpen') : t('sections.noneClosed')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          aria-label={t('list', { section: t(`sections.${section}`) })}
        >
          {items.map((alert) => (
            <AlertCard key={alert.id} alert={alert} canRetry={canEdit} now={now} />
          ))}
        </Stack>
      )}
      {alerts.isFetchNextPageError && (
        <QueryError error={alerts.error} onRetry={() => void alerts.fetchNextPage()} />
      )}
      {alerts.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={alerts.isFetchingNextPage}
            onClick={() => void alerts.fetchNextPage()}
          >
            {t('more')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}

function Empty() {
  const { t } = useTranslation('alerts')
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="sm" ta="center">
        <Title order={2} size="h4">
          {t('empty.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('empty.body')}
        </Text>
        <Button component={Link} to="/alerts/rules" variant="light">
          {t('empty.rules')}
        </Button>
      </Stack>
    </Paper>
  )
}
