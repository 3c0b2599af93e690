import { Group, MultiSelect, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { EndpointListView } from './endpoint-list-filters'
import { topicGroups, topicsOf } from './topics'
import { useTopicLabels } from './use-topic-labels'

interface EndpointsFiltersProps {
  view: EndpointListView
  onChange: (change: Partial<EndpointListView>) => void
}

export function EndpointsFilters({ view, onChange }: EndpointsFiltersProps) {
  const { t } = useTranslation()
  const labels = useTopicLabels()
  return (
    <Group gap="sm" align="flex-end" mb="md" wrap="wrap">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={view.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
        type="search"
      />
      <MultiSelect
        label={t('filters.status')}
        placeholder={view.status.length === 0 ? t('filters.anyStatus') : undefined}
        data={(['active', 'suspended', 'inactive'] as const).map((status) => ({
          value: status,
          label: t(`status.${status}.label`),
        }))}
        value={view.status}
        onChange={(values) =>
          onChange({
            status: values.flatMap((v) =>
              (['active', 'suspended', 'inactive'] as const).filter((s) => s === v),
            ),
            page: null,
          })
        }
        clearable
        // Mantine keeps closed listboxes in the DOM, labelled like the input: that makes the label ambiguous.
        comboboxProps={{ keepMounted: false }}
        style={{ flex: '0 1 260px' }}
      />
      <Select
        label={t('filters.topic')}
        placeholder={t('filters.anyTopic')}
        data={topicGroups.map((group) => ({
          group: labels.resource(group.resource),
          items: topicsOf(group),
        }))}
        value={view.topic}
        onChange={(topic) => onChange({ topic })}
        searchable
        clearable
        // Mantine keeps closed listboxes in the DOM, labelled like the input: that makes the label ambiguous.
        comboboxProps={{ keepMounted: false }}
        style={{ flex: '0 1 260px' }}
      />
    </Group>
  )
}
