import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
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

// The browser's own select and date fields: familiar, accessible and native on a phone, and no date library
// in the bundle (@mantine/dates would take all JS over its 300 KiB budget).
export function AuditFiltersBar({ filters, onChange, accounts, note }: AuditFiltersBarProps) {
  const { t } = useTranslation('audit')
  // The name is typed letter by letter: the URL (and the query) follow once typing pauses.
  const [username, setUsername] = useState(filters.username ?? '')
  const [shownUsername, setShownUsername] = useState(filters.username)
  if (filters.username !== shownUsername) {
    // The URL changed from elsewhere (back button, "Clear filters"): show what it says.
    setShownUsername(filters.username)
    setUsername(filters.username ?? '')
  }
  const commitUsername = useDebouncedCallback((value: string) => {
    const next = value.trim() || undefined
    setShownUsername(next)
    onChange({ ...filters, username: next })
  }, 400)
  const set = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change })
  const toBeforeFrom = Boolean(filters.from && filters.to && filters.to < filters.from)

  return (
    <Stack gap={6}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('audit.filters.username')}
          placeholder={t('audit.filters.usernamePlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={username}
          onChange={(event) => {
            setUsername(event.currentTarget.value)
            commitUsername(event.currentTarget.value)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitUsername.flush()
          }}
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
        <Group gap="md" wrap="nowrap" align="flex-start" style={{ flex: '1 1 300px', maxWidth: 380 }}>
          <TextInput
            label={t('audit.filters.from')}
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(event) => set({ from: event.currentTarget.value || undefined })}
            style={{ flex: '1 1 0', minWidth: 0 }}
          />
          <TextInput
            label={t('audit.filters.to')}
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(event) => set({ to: event.currentTarget.value || undefined })}
            error={toBeforeFrom ? t('audit.filters.toBeforeFrom') : undefined}
            style={{ flex: '1 1 0', minWidth: 0 }}
          />
        </Group>
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
