import { Badge, Code, Group, Paper, Popover, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from './audit-client'
import { AuditSentence } from './audit-sentence'
import classes from './audit-table.module.css'
import { dateTimeFormat } from '../../lib/format'

interface Props {
  entries: AuditEntry[]
  /** A topic in words, for a real event sent again. */
  topicLabel: (topic: string) => string
}

/** The audit entries, each a sentence linked to what it touched: a table when wide, cards on a phone. */
export function AuditTable({ entries, topicLabel }: Props) {
  const { t, i18n } = useTranslation('audit')
  const time = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' })
  return (
    <>
      <Table striped highlightOnHover captionSide="top" className={classes.table}>
        <Table.Caption>{t('audit.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.at')}</Table.Th>
            <Table.Th>{t('audit.columns.what')}</Table.Th>
            <Table.Th>{t('audit.columns.account')}</Table.Th>
            <Table.Th>{t('audit.columns.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{time.format(new Date(entry.at))}</Table.Td>
              <Table.Td>
                <AuditSentence entry={entry} topicLabel={topicLabel} /> <RawDetail entry={entry} />
              </Table.Td>
              <Table.Td>{entry.accountLabel}</Table.Td>
              <Table.Td>
                <Result status={entry.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap={0} className={classes.cards} component="ul" aria-label={t('audit.caption')} p={0} m={0}>
        {entries.map((entry) => (
          <Paper key={entry.id} component="li" p="sm" radius={0} className={classes.card}>
            <Text size="sm">
              <AuditSentence entry={entry} topicLabel={topicLabel} />
            </Text>
            <Group gap="xs" mt={4} wrap="wrap">
              <Text size="xs" c="dimmed">
                {time.format(new Date(entry.at))} · {entry.accountLabel}
              </Text>
              <Result status={entry.status} />
              <RawDetail entry={entry} />
            </Group>
          </Paper>
        ))}
      </Stack>
    </>
  )
}

function Result({ status }: { status: number }) {
  const { t } = useTranslation('audit')
  const ok = status < 400
  return (
    <Badge color={ok ? 'teal' : 'red'} variant="light">
      {t(ok ? 'audit.succeeded' : 'audit.refused', { status })}
    </Badge>
  )
}

/** The entry as recorded (`webhook-endpoints/26`, the action's code), a click away, for the integrator. */
function RawDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit')
  return (
    <Popover position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          fz="xs"
          c="dimmed"
          title={t('audit.targets.showRaw')}
          style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3 }}
        >
          {t('audit.details')}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown maw="min(90vw, 28rem)">
        <Text size="xs">{t('audit.targets.raw')}</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {`${entry.action}\n${entry.target}`}
        </Code>
      </Popover.Dropdown>
    </Popover>
  )
}
