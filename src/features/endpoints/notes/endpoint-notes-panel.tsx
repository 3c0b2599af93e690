import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconNotes, IconPencil } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryError } from '../../../components/query-error'
import type { EndpointNotesView } from './endpoint-notes-client'
import { endpointNotesQueries } from './endpoint-notes-api'
import { EndpointNotesForm } from './endpoint-notes-form'
import { dateTimeFormat } from '../../../lib/format'

interface EndpointNotesPanelProps {
  /** The endpoint's id as Lucca gives it (the notes API's key), not its address. */
  endpointId: string
  canEdit: boolean
}

/** What the console keeps about an endpoint that Lucca has no field for: its purpose, its owner, notes. */
export function EndpointNotesPanel({ endpointId, canEdit }: EndpointNotesPanelProps) {
  const { t } = useTranslation('endpoints/notes')
  const notes = useQuery(endpointNotesQueries.detail(endpointId))
  const [editing, setEditing] = useState(false)
  const titleId = `console-notes-${endpointId}`

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby={titleId}
      bg="var(--mantine-color-default-hover)"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap">
            <IconNotes size={20} aria-hidden />
            <Title order={2} size="h4" id={titleId}>
              {t('notes.title')}
            </Title>
          </Group>
          {canEdit && notes.isSuccess && !editing && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {isEmpty(notes.data) ? t('notes.add') : t('notes.edit')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('notes.scope')}
        </Text>
        {notes.isPending && <Skeleton height={64} />}
        {notes.isError && <QueryError error={notes.error} onRetry={() => void notes.refetch()} />}
        {notes.isSuccess &&
          (editing ? (
            <EndpointNotesForm endpointId={endpointId} notes={notes.data} onDone={() => setEditing(false)} />
          ) : (
            <NotesView notes={notes.data} canEdit={canEdit} />
          ))}
      </Stack>
    </Paper>
  )
}

function isEmpty(notes: EndpointNotesView): boolean {
  return !notes.description && !notes.ownerName && !notes.ownerEmail && !notes.notes
}

function NotesView({ notes, canEdit }: { notes: EndpointNotesView; canEdit: boolean }) {
  const { t, i18n } = useTranslation('endpoints/notes')
  const when = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  if (isEmpty(notes)) {
    return (
      <Stack gap={4}>
        <Text size="sm">{canEdit ? t('notes.emptyAdmin') : t('notes.empty')}</Text>
        {!canEdit && (
          <Text size="xs" c="dimmed">
            {t('notes.readOnly')}
          </Text>
        )}
      </Stack>
    )
  }
  const notSet = (
    <Text span size="sm" c="dimmed">
      {t('notes.notSet')}
    </Text>
  )
  return (
    <Stack gap="sm">
      <dl style={{ margin: 0, display: 'grid', gap: 'var(--mantine-spacing-xs)' }}>
        <Fact label={t('notes.description')}>{notes.description ?? notSet}</Fact>
        <Fact label={t('notes.owner')}>
          {notes.ownerName || notes.ownerEmail ? (
            <Group gap="xs" wrap="wrap">
              {notes.ownerName && (
                <Text span size="sm">
                  {notes.ownerName}
                </Text>
              )}
              {notes.ownerEmail && (
                <Anchor href={`mailto:${notes.ownerEmail}`} size="sm" style={{ wordBreak: 'break-all' }}>
                  {notes.ownerEmail}
                </Anchor>
              )}
            </Group>
          ) : (
            notSet
          )}
        </Fact>
        <Fact label={t('notes.notes')}>
          {notes.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {notes.notes}
            </Text>
          ) : (
            notSet
          )}
        </Fact>
      </dl>
      <Group gap="xs" wrap="wrap">
        {notes.updatedBy && notes.updatedAt && (
          <Text size="xs" c="dimmed">
            {t('notes.updated', { user: notes.updatedBy, date: when.format(new Date(notes.updatedAt)) })}
          </Text>
        )}
        {!canEdit && (
          <Text size="xs" c="dimmed">
            {t('notes.readOnly')}
          </Text>
        )}
      </Group>
    </Stack>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  )
}
