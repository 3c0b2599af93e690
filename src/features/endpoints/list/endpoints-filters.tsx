import { Button, Group, NativeSelect } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { endpointSorts, healthStates } from '../../../../contract/console-history-endpoints-api'
import { ChipFilter } from '../../../components/chip-filter'
import { DebouncedTextInput } from '../../../components/debounced-text-input'
import type { WebhookEndpointStatus } from '../../../lib/lucca-client'
import { isFiltered, type EndpointListView } from './endpoint-list-filters'
import { healthColors } from './endpoint-health'
import { useTopicOptions } from '../use-topic-labels'

const statuses: readonly WebhookEndpointStatus[] = ['active', 'suspended', 'inactive']

interface EndpointsFiltersProps {
  view: EndpointListView
  /** Any change but the page's own goes back to page 1. */
  onChange: (change: Partial<EndpointListView>) => void
}

// Plain controls rather than dropdown pickers: a few statuses read best as toggles an admin sees at once,
// the browser's own select is the most familiar and accessible picker on every device, and neither needs a
// positioning engine on the first screen.
export function EndpointsFilters({ view, onChange }: EndpointsFiltersProps) {
  const { t } = useTranslation('endpoints')
  const { topics } = useTopicOptions()
  const set = (change: Partial<EndpointListView>) => onChange({ ...change, page: 1 })
  return (
    <Group gap="md" align="flex-end" mb="md" wrap="wrap">
      <DebouncedTextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={view.search}
        onCommit={(search) => set({ search })}
        style={{ flex: '1 1 240px' }}
      />
      <ChipFilter
        label={t('filters.status')}
        values={view.status}
        options={statuses.map((status) => ({ value: status, label: t(`status.${status}.label`) }))}
        onChange={(status) => set({ status })}
      />
      <ChipFilter
        label={t('filters.health')}
        values={view.health}
        options={healthStates.map((state) => ({
          value: state,
          label: t(`health.states.${state}`),
          color: healthColors[state],
        }))}
        onChange={(health) => set({ health })}
      />
      <NativeSelect
        label={t('filters.topic')}
        value={view.topic ?? ''}
        onChange={(event) => set({ topic: event.currentTarget.value || null })}
        data={[{ value: '', label: t('filters.anyTopic') }, ...topics]}
        style={{ flex: '0 1 240px' }}
      />
      <NativeSelect
        label={t('filters.sort')}
        value={view.sort}
        onChange={(event) => {
          const sort = endpointSorts.find((value) => value === event.currentTarget.value)
          if (sort) set({ sort })
        }}
        data={endpointSorts.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
        style={{ flex: '0 1 200px' }}
      />
      {isFiltered(view) && (
        <Button variant="subtle" onClick={() => set({ search: '', status: [], topic: null, health: [] })}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  )
}
