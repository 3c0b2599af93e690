import { Badge, Code, Popover, Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from './audit-client'
import { describeTarget } from './audit-target'
import { dateTimeFormat } from '../../lib/format'

/** The audit entries as a table; a wide table scrolls sideways on a phone instead of squeezing. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation('audit')
  const time = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.at')}</Table.Th>
            <Table.Th>{t('audit.columns.username')}</Table.Th>
            <Table.Th>{t('audit.columns.account')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.target')}</Table.Th>
            <Table.Th>{t('audit.columns.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const ok = entry.status < 400
            return (
              <Table.Tr key={entry.id}>
                <Table.Td>{time.format(new Date(entry.at))}</Table.Td>
                <Table.Td>{entry.username}</Table.Td>
                <Table.Td>{entry.accountLabel}</Table.Td>
                <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
                <Table.Td>
                  <AuditTarget entry={entry} />
                </Table.Td>
                <Table.Td>
                  <Badge color={ok ? 'teal' : 'red'} variant="light">
                    {t(ok ? 'audit.succeeded' : 'audit.refused', { status: entry.status })}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** The target in words; a click shows it as recorded (`webhook-endpoints/26`), for the integrator. */
function AuditTarget({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit')
  const described = describeTarget(entry, t)
  if (described === entry.target) {
    return (
      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {entry.target}
      </Text>
    )
  }
  return (
    <Popover position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          fz="sm"
          title={t('audit.targets.showRaw')}
          style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3 }}
        >
          {described}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs">{t('audit.targets.raw')}</Text>
        <Code style={{ wordBreak: 'break-all' }}>{entry.target}</Code>
      </Popover.Dropdown>
    </Popover>
  )
}
