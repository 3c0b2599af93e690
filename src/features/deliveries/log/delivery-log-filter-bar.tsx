import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { deliveryStatuses } from '../../../../contract/console-history-api'
import { ChipFilter } from '../../../components/chip-filter'
import { DayRangeInputs } from '../../../components/day-range-inputs'
import { DebouncedTextInput } from '../../../components/debounced-text-input'
import { knownCodes } from './last-answer'
import { dayShown, isFiltered, noFilters, type LogView } from './delivery-log-filters'

/** Options of a native select, grouped or not (the topics come grouped by resource). */
export type SelectData = (
  { value: string; label: string } | { group: string; items: { value: string; label: string }[] }
)[]

interface Props {
  view: LogView
  /** Every change goes back to the newest page: a cursor belongs to the filters it was made with. */
  onChange: (view: LogView) => void
  /** The endpoints to pick from; none on one endpoint's own page. */
  endpoints?: { value: string; label: string }[] | undefined
  topics: SelectData
}

// The browser's own selects: familiar, accessible and native on a phone.
export function DeliveryLogFilterBar({ view, onChange, endpoints, topics }: Props) {
  const { t } = useTranslation('deliveries/log')
  const set = (change: Partial<LogView>) => onChange({ ...view, ...change, cursor: null })
  const codes = [
    { value: 'none', label: t('filters.noAnswer') },
    ...knownCodes.map((code) => ({ value: String(code), label: `${code} ${t(`codes.${code}`)}` })),
  ]
  return (
    <Stack gap={6}>
      <Group gap="md" align="flex-end" wrap="wrap">
        {endpoints && (
          <NativeSelect
            label={t('filters.endpoint')}
            value={view.endpoint ?? ''}
            onChange={(event) => set({ endpoint: event.currentTarget.value || null })}
            data={[{ value: '', label: t('filters.anyEndpoint') }, ...withValue(endpoints, view.endpoint)]}
            style={{ flex: '1 1 220px', maxWidth: 320 }}
          />
        )}
        <NativeSelect
          label={t('filters.topic')}
          value={view.topic ?? ''}
          onChange={(event) => set({ topic: event.currentTarget.value || null })}
          data={[{ value: '', label: t('filters.anyTopic') }, ...topics]}
          style={{ flex: '1 1 200px', maxWidth: 280 }}
        />
        <ChipFilter
          label={t('filters.status')}
          values={view.status}
          options={deliveryStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          onChange={(status) => set({ status })}
        />
        <NativeSelect
          label={t('filters.code')}
          value={view.code ?? ''}
          onChange={(event) => set({ code: event.currentTarget.value || null })}
          data={[{ value: '', label: t('filters.anyCode') }, ...withValue(codes, view.code)]}
          style={{ flex: '1 1 200px', maxWidth: 280 }}
        />
        <DayRangeInputs
          labels={{ from: t('filters.from'), to: t('filters.to'), toBeforeFrom: t('filters.toBeforeFrom') }}
          from={dayShown(view.from)}
          to={dayShown(view.to, true)}
          onChange={({ from, to }) => set({ from: from || null, to: to || null })}
        />
      </Group>
      <Group gap="md" align="flex-start" wrap="wrap">
        <DebouncedTextInput
          label={t('filters.event')}
          value={view.event ?? ''}
          onCommit={(event) => set({ event: event || null })}
          style={{ flex: '1 1 240px', maxWidth: 320 }}
        />
        <DebouncedTextInput
          label={t('filters.resource')}
          description={t('filters.resourceHint')}
          value={view.resource ?? ''}
          onCommit={(resource) => set({ resource: resource || null })}
          style={{ flex: '1 1 240px', maxWidth: 480 }}
        />
        {isFiltered(view) && (
          <Button
            variant="subtle"
            mt={24}
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => onChange(noFilters)}
          >
            {t('filters.clear')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('filters.datesLocal')}
      </Text>
    </Stack>
  )
}

/**
 * The options, and the chosen value as it is when none of them is it (a shared link naming an endpoint since
 * deleted, or a code not offered): a native select would otherwise show another choice than the one applied.
 */
function withValue(options: { value: string; label: string }[], value: string | null) {
  return value && !options.some((option) => option.value === value)
    ? [{ value, label: value }, ...options]
    : options
}
