import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from './audit-api'

/** The audit entries as a table; a wide table scrolls sideways on a phone instead of squeezing. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation('audit')
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
  return (
    <Table.ScrollContainer minWidth={760}>
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
                <Table.Td>{entry.accountId}</Table.Td>
                <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {entry.target}
                  </Text>
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
