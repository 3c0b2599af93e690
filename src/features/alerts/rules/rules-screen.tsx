import { Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from '../../../components/confirm-modal'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'
import { QueryError } from '../../../components/query-error'
import { useErrorMessage } from '../../../components/use-error-message'
import { alertQueries, useDeleteRule } from '../alerts-api'
import type { AlertRule } from '../alerts-client'
import { RuleForm, type EndpointChoice } from './rule-form'
import { SigningSecretPanel } from './signing-secret-panel'
import { useRuleSentence } from './use-rule-sentence'
import { dateTimeFormat } from '../../../lib/format'

interface RulesScreenProps {
  canEdit: boolean
  /** The account's endpoints, to name a rule's and to choose one (the page reads them); null until known. */
  endpoints: EndpointChoice[] | null
}

/** The account's rules in words; admins add, edit and delete them, viewers read them. */
export function RulesScreen({ canEdit, endpoints }: RulesScreenProps) {
  const { t } = useTranslation('alerts/rules')
  const rules = useQuery(alertQueries.rules())
  const [editing, setEditing] = useState<AlertRule | 'new' | null>(null)
  const [deleting, setDeleting] = useState<AlertRule | null>(null)
  const names = endpoints && new Map(endpoints.map((endpoint) => [endpoint.id, endpoint.name]))
  const sentence = useRuleSentence((id) => (names ? (names.get(id) ?? null) : undefined))
  const items = rules.data ?? []

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
          <Title order={2} size="h3">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('description')}
          </Text>
        </Stack>
        {canEdit && editing === null && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('add')}
          </Button>
        )}
      </Group>
      {!canEdit && <Text size="sm">{t('viewerNote')}</Text>}
      {canEdit && editing !== null && (
        <RuleForm
          key={editing === 'new' ? 'new' : editing.id}
          rule={editing === 'new' ? null : editing}
          endpoints={endpoints}
          onDone={() => setEditing(null)}
        />
      )}
      {rules.isPending && <LoadingPlaceholder heights={[72, 72]} />}
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.isSuccess && items.length === 0 && (
        <Paper withBorder p="lg">
          <Text c="dimmed" size="sm">
            {canEdit ? t('empty') : t('emptyViewer')}
          </Text>
        </Paper>
      )}
      {items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('listLabel')}>
          {items.map((rule) => (
            <RuleCard
              key={rule.id}
              rule={rule}
              sentence={sentence(rule)}
              canEdit={canEdit}
              onEdit={() => setEditing(rule)}
              onDelete={() => setDeleting(rule)}
            />
          ))}
        </Stack>
      )}
      {canEdit && <SigningSecretPanel />}
      <DeleteRuleModal rule={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  )
}

interface RuleCardProps {
  rule: AlertRule
  sentence: string
  canEdit: boolean
  onEdit: () => void
  onDelete: () => void
}

function RuleCard({ rule, sentence, canEdit, onEdit, onDelete }: RuleCardProps) {
  const { t, i18n } = useTranslation('alerts/rules')
  const when = dateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(rule.updatedAt))
  return (
    <Card withBorder component="li" style={{ listStyle: 'none' }} aria-label={rule.name}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap="xs" style={{ flex: 1, minWidth: 180 }}>
            <Title order={3} size="h5">
              {rule.name}
            </Title>
            {!rule.enabled && (
              <Badge color="gray" variant="light">
                {t('off')}
              </Badge>
            )}
          </Group>
          {canEdit && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} aria-hidden />}
                aria-label={t('editLabel', { name: rule.name })}
                onClick={onEdit}
              >
                {t('edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                aria-label={t('deleteLabel', { name: rule.name })}
                onClick={onDelete}
              >
                {t('delete')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {sentence}
        </Text>
        <Text size="xs" c="dimmed">
          {t('changed', { who: rule.updatedBy, when })}
        </Text>
      </Stack>
    </Card>
  )
}

function DeleteRuleModal({ rule, onClose }: { rule: AlertRule | null; onClose: () => void }) {
  const { t } = useTranslation('alerts/rules')
  const remove = useDeleteRule()
  const messageOf = useErrorMessage()
  return (
    <ConfirmModal
      opened={rule !== null}
      title={t('deleteConfirm.title', { name: rule?.name ?? '' })}
      confirmLabel={t('deleteConfirm.confirm')}
      danger
      loading={remove.isPending}
      onCancel={onClose}
      onConfirm={() => {
        if (!rule) return
        remove.mutate(rule.id, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('deleteConfirm.done') })
            onClose()
          },
          onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }),
        })
      }}
    >
      <Text size="sm">{t('deleteConfirm.body')}</Text>
    </ConfirmModal>
  )
}
