import { Button, Group, NativeSelect, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { deliveryStatuses, type HistoryFilters } from './history-filters'

interface Props {
  filters: HistoryFilters
  onChange: (filters: HistoryFilters) => void
}

/** Every change goes back to the first page: Lucca cursors belong to the filters they were made with. */
export function HistoryFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation('deliveries/history')
  const set = (patch: Partial<HistoryFilters>) => onChange({ ...filters, ...patch, page: null })
  const statusOptions = [
    { value: '', label: t('history.allStatuses') },
    ...deliveryStatuses.map((status) => ({ value: status, label: t(`history.statusOption.${status}`) })),
  ]
  return (
    <Group align="flex-end" gap="sm">
      <NativeSelect
        label={t('history.status')}
        data={statusOptions}
        value={filters.status ?? ''}
        onChange={(event) =>
          set({ status: deliveryStatuses.find((status) => status === event.currentTarget.value) ?? null })
        }
      />
      <TextInput
        type="date"
        label={t('history.from')}
        value={filters.from ?? ''}
        onChange={(event) => set({ from: event.currentTarget.value || null })}
      />
      <TextInput
        type="date"
        label={t('history.to')}
        value={filters.to ?? ''}
        onChange={(event) => set({ to: event.currentTarget.value || null })}
      />
      {(filters.status || filters.from || filters.to) && (
        <Button variant="subtle" onClick={() => onChange({ status: null, from: null, to: null, page: null })}>
          {t('history.clear')}
        </Button>
      )}
    </Group>
  )
}
