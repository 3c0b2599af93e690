import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { z } from 'zod/mini'
import { QueryError } from '../../../components/query-error'
import { ApiError, isApiError } from '../../../lib/api-error'
import { type EndpointDetail, useUpdateEndpoint } from '../endpoints-api'
import { endpointInputSchema } from './endpoint-form-schema'
import { serverFieldErrors } from './receiver-url-error'
import { TopicImpact, topicDiff } from './topic-impact'
import { TopicPicker } from './topic-picker'

interface EndpointEditFormProps {
  detail: EndpointDetail
  allowsPrivateReceivers: boolean
  onReload: () => void
  /** Saved or cancelled: the page closes the editor. A failed save keeps it open, with what was typed. */
  onDone: () => void
}

/** Edits URL and topics. Sent with `If-Match`, so a concurrent change is reported instead of overwritten. */
export function EndpointEditForm({
  detail,
  allowsPrivateReceivers,
  onReload,
  onDone,
}: EndpointEditFormProps) {
  const { t } = useTranslation('endpoints/form')
  const { endpoint, etag } = detail
  const update = useUpdateEndpoint()
  const schema = z.pick(endpointInputSchema(t, { allowsPrivateReceivers }), {
    webhookUrl: true,
    topics: true,
  })
  const form = useForm({
    initialValues: { webhookUrl: endpoint.webhookUrl, topics: endpoint.topics },
    validate: (values) => {
      const result = schema.safeParse(values)
      if (result.success) return {}
      return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]))
    },
  })
  const urlChanged = form.values.webhookUrl.trim() !== endpoint.webhookUrl
  const { added, removed } = topicDiff(endpoint.topics, form.values.topics)
  const dirty = urlChanged || added.length > 0 || removed.length > 0

  function save(values: { webhookUrl: string; topics: string[] }) {
    update.mutate(
      {
        endpoint,
        etag,
        patch: { ...(urlChanged ? { webhookUrl: values.webhookUrl.trim() } : {}), topics: values.topics },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('edit.saved') })
          onDone()
        },
        onError: (error) => {
          if (error instanceof ApiError) form.setErrors(serverFieldErrors(t, error))
        },
      },
    )
  }

  return (
    <Paper withBorder p="lg">
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('edit.title')}
          </Title>
          {isApiError(update.error, 412) ? (
            <Alert color="orange" role="alert" title={t('edit.conflictTitle')}>
              <Text size="sm">{t('edit.conflictBody')}</Text>
              <Button size="xs" mt="sm" variant="light" color="orange" onClick={onReload}>
                {t('edit.reload')}
              </Button>
            </Alert>
          ) : (
            update.isError &&
            !(update.error instanceof ApiError && Object.keys(update.error.fieldErrors).length > 0) && (
              <QueryError error={update.error} />
            )
          )}
          <TextInput label={t('form.webhookUrl')} required {...form.getInputProps('webhookUrl')} />
          {urlChanged && endpoint.status === 'active' && (
            <Text size="xs" c="dimmed">
              {t('edit.urlChallenge')}
            </Text>
          )}
          <TopicPicker
            value={form.values.topics}
            onChange={(topics) => form.setFieldValue('topics', topics)}
            error={form.errors.topics}
          />
          <TopicImpact before={endpoint.topics} after={form.values.topics} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('edit.cancel')}
            </Button>
            <Button type="submit" disabled={!dirty} loading={update.isPending}>
              {t('edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
