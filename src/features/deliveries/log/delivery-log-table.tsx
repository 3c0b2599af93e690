import { Anchor, Card, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { addressOf } from '../../../lib/lucca-client'
import { DeliveryStatusBadge } from '../delivery-status-badge'
import { useFormatters } from '../format'
import type { DeliveryRow } from './delivery-log-client'
import { lastAnswerOf } from './last-answer'

export interface DeliveryLogRowsProps {
  rows: DeliveryRow[]
  /** Off on one endpoint's own page, where every row is that endpoint's. */
  showEndpoint: boolean
  /** The endpoints feature's words for a topic ("Employee: created"), given by the page. */
  topicLabel: (topic: string) => string
  /** Where an endpoint's page is, when the page knows its `url` (a path is never built from an id). */
  endpointHref: (endpointId: string) => string | null
  caption: string
}

/** The log as a table on wide screens, as cards on narrow ones (the endpoint list does the same). */
export function DeliveryLogRows(props: DeliveryLogRowsProps) {
  return (
    <>
      <Paper withBorder visibleFrom="md">
        <DeliveryLogTable {...props} />
      </Paper>
      <Stack gap="xs" hiddenFrom="md" component="ul" aria-label={props.caption} p={0} m={0}>
        {props.rows.map((row) => (
          <DeliveryCard key={row.id} row={row} {...props} />
        ))}
      </Stack>
    </>
  )
}

/** One delivery on a phone: when and its status first, then where it went, what it was and the answer. */
function DeliveryCard({
  row,
  showEndpoint,
  topicLabel,
  endpointHref,
}: DeliveryLogRowsProps & { row: DeliveryRow }) {
  const { t } = useTranslation('deliveries/log')
  return (
    <Card withBorder padding="sm" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <TimeLink row={row} />
          <DeliveryStatusBadge delivery={row} size="sm" />
        </Group>
        {showEndpoint && <EndpointName row={row} href={endpointHref(row.endpointId)} />}
        <EventCell row={row} topicLabel={topicLabel} />
        <Text size="sm" c="dimmed">
          {t('columns.code')}: <AnswerText row={row} /> · {t('columns.attempts')}: {row.attemptsCount}
        </Text>
      </Stack>
    </Card>
  )
}

/** The log as a table; a narrow window scrolls it sideways rather than squeezing, as the audit trail does. */
function DeliveryLogTable({ rows, showEndpoint, caption, ...cells }: DeliveryLogRowsProps) {
  const { t } = useTranslation('deliveries/log')
  return (
    <Table.ScrollContainer minWidth={showEndpoint ? 920 : 720}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.time')}</Table.Th>
            {showEndpoint && <Table.Th>{t('columns.endpoint')}</Table.Th>}
            <Table.Th>{t('columns.event')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>{t('columns.code')}</Table.Th>
            <Table.Th ta="end">{t('columns.attempts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TimeLink row={row} />
              </Table.Td>
              {showEndpoint && (
                <Table.Td>
                  <EndpointName row={row} href={cells.endpointHref(row.endpointId)} />
                </Table.Td>
              )}
              <Table.Td>
                <EventCell row={row} topicLabel={cells.topicLabel} />
              </Table.Td>
              {/* A badge truncates to fit its cell: keep room for the longest status. */}
              <Table.Td miw="8rem">
                <DeliveryStatusBadge delivery={row} size="sm" />
              </Table.Td>
              <Table.Td>
                <AnswerCell row={row} />
              </Table.Td>
              <Table.Td ta="end">{row.attemptsCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** The time a delivery was made, linking to its page (at its `url`'s last segment). */
function TimeLink({ row }: { row: DeliveryRow }) {
  const format = useFormatters()
  return (
    <Anchor component={Link} to={`/deliveries/${encodeURIComponent(addressOf(row))}`} size="sm">
      {format.dateTime(row.createdAt)}
    </Anchor>
  )
}

function EndpointName({ row, href }: { row: DeliveryRow; href: string | null }) {
  const { t } = useTranslation('deliveries/log')
  const name = row.endpointName?.trim() || hostOf(row.endpointWebhookUrl) || row.endpointId
  // Deleted since: its deliveries stay in the history, its page is gone.
  if (row.endpointDeleted)
    return (
      <Text size="sm" c="dimmed">
        {t('deletedEndpoint', { name })}
      </Text>
    )
  if (!href) return <Text size="sm">{name}</Text>
  return (
    <Anchor component={Link} to={href} size="sm" c="inherit" underline="hover">
      {name}
    </Anchor>
  )
}

/** The topic in words, its code under it (as endpoints list them), and the resource it is about. */
function EventCell({ row, topicLabel }: { row: DeliveryRow; topicLabel: (topic: string) => string }) {
  const { t } = useTranslation('deliveries/log')
  return (
    <Stack gap={0}>
      <Text size="sm">{row.topic ? topicLabel(row.topic) : t('eventOf', { id: row.eventId })}</Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {row.topic ?? ''}
        {row.resourceId && ` · ${t('resourceOf', { id: row.resourceId })}`}
      </Text>
    </Stack>
  )
}

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

/** "404 Not found": the code, then its words. */
function AnswerText({ row }: { row: DeliveryRow }) {
  const { t } = useTranslation('deliveries/log')
  const { key, code } = lastAnswerOf(row)
  return code === null ? t(key) : `${code} ${t(key)}`
}

/** The last attempt's HTTP code, its words under it (and on hover); the words alone when it had no code. */
function AnswerCell({ row }: { row: DeliveryRow }) {
  const { t } = useTranslation('deliveries/log')
  const { key, code } = lastAnswerOf(row)
  if (code === null) return <Text size="sm">{t(key)}</Text>
  return (
    <Stack gap={0} title={`${code} ${t(key)}`}>
      <Text size="sm" fw={600} ff="monospace">
        {code}
      </Text>
      <Text size="xs" c="dimmed">
        {t(key)}
      </Text>
    </Stack>
  )
}
