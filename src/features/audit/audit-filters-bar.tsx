import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core'
import { IconSearch, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DayRangeInputs } from '../../components/day-range-inputs'
import { DebouncedTextInput } from '../../components/debounced-text-input'
import type { Account } from '../../lib/console-client'
import type { AuditAction, AuditFilters } from './audit-client'
import { actionGroups, actionsOf, hasAuditFilters } from './audit-filters'

interface AuditFiltersBarProps {
  filters: AuditFilters
  onChange: (filters: AuditFilters) => void
  /** The session's accounts: the account filter shows only when there are several. */
  accounts: readonly Account[]
  /** A sentence shown under the filters, after the note on dates (the trail's retention). */
  note?: string | undefined
}

export function AuditFiltersBar({ filters, onChange, accounts, note }: AuditFiltersBarProps) {
  const { t } = useTranslation('audit')
  const set = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change })

  return (
    <Stack gap={6}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <DebouncedTextInput
          label={t('audit.filters.username')}
          placeholder={t('audit.filters.usernamePlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={filters.username ?? ''}
          onCommit={(username) => set({ username: username || undefined })}
          style={{ flex: '1 1 180px' }}
        />
        <NativeSelect
          label={t('audit.filters.action')}
          value={filters.action ?? ''}
          onChange={(event) =>
            set({ action: (event.currentTarget.value || undefined) as AuditAction | undefined })
          }
          data={[
            { value: '', label: t('audit.filters.anyAction') },
            ...actionGroups.map((group) => ({
              group: t(`audit.groups.${group}`),
              items: actionsOf(group).map((action) => ({
                value: action,
                label: t(`audit.actions.${action}`),
              })),
            })),
          ]}
          style={{ flex: '1 1 220px' }}
        />
        {accounts.length > 1 && (
          <NativeSelect
            label={t('audit.filters.account')}
            value={filters.accountId ?? ''}
            onChange={(event) => set({ accountId: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('audit.filters.anyAccount') },
              ...accounts.map((account) => ({ value: account.id, label: account.label })),
            ]}
            style={{ flex: '1 1 160px' }}
          />
        )}
        <DayRangeInputs
          labels={{
            from: t('audit.filters.from'),
            to: t('audit.filters.to'),
            toBeforeFrom: t('audit.filters.toBeforeFrom'),
          }}
          from={filters.from ?? ''}
          to={filters.to ?? ''}
          onChange={({ from, to }) => set({ from: from || undefined, to: to || undefined })}
        />
        {hasAuditFilters(filters) && (
          <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={() => onChange({})}>
            {t('audit.filters.clear')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {note ? `${t('audit.filters.datesInUtc')} ${note}` : t('audit.filters.datesInUtc')}
      </Text>
    </Stack>
  )
}
