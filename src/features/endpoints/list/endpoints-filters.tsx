import { Chip, Group, Input, NativeSelect, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebhookEndpointStatus } from '../../../lib/lucca-client'
import type { EndpointListView } from './endpoint-list-filters'
import { topicGroups, topicsOf } from '../topics'
import { useTopicLabels } from '../use-topic-labels'

const statuses: readonly WebhookEndpointStatus[] = ['active', 'suspended', 'inactive']

interface EndpointsFiltersProps {
  view: EndpointListView
  onChange: (change: Partial<EndpointListView>) => void
}

// Plain controls rather than dropdown pickers: three statuses read best as toggles an admin sees at once,
// the browser's own select is the most familiar and accessible topic picker on every device, and neither
// needs a positioning engine on the first screen.
export function EndpointsFilters({ view, onChange }: EndpointsFiltersProps) {
  const { t } = useTranslation('endpoints')
  const labels = useTopicLabels()
  const statusLabel = useId()
  return (
    <Group gap="md" align="flex-end" mb="md" wrap="wrap">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={view.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
        type="search"
      />
      <Input.Wrapper
        label={t('filters.status')}
        labelElement="div"
        labelProps={{ id: statusLabel }}
        role="group"
        aria-labelledby={statusLabel}
      >
        <Chip.Group
          multiple
          value={view.status}
          onChange={(values) =>
            onChange({ status: statuses.filter((status) => values.includes(status)), page: null })
          }
        >
          <Group gap={6} wrap="nowrap" h={36}>
            {statuses.map((status) => (
              <Chip key={status} value={status} variant="outline">
                {t(`status.${status}.label`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Input.Wrapper>
      <NativeSelect
        label={t('filters.topic')}
        value={view.topic ?? ''}
        onChange={(event) => onChange({ topic: event.currentTarget.value || null })}
        data={[
          { value: '', label: t('filters.anyTopic') },
          ...topicGroups.map((group) => ({
            group: labels.resource(group.resource),
            items: topicsOf(group).map((topic) => ({ value: topic, label: topic })),
          })),
        ]}
        style={{ flex: '0 1 260px' }}
      />
    </Group>
  )
}
