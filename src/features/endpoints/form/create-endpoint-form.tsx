import { Alert, Button, Group, Paper, Stack, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api-error'
import { addressOf, type WebhookEndpoint } from '../../../lib/lucca-client'
import { QueryError } from '../../../components/query-error'
import { useCreateEndpoint } from '../endpoints-api'
import { defaultApiVersion, endpointInputSchema, type EndpointInput } from './endpoint-form-schema'
import { serverFieldErrors } from './receiver-url-error'
import { EndpointOptionsFields } from './endpoint-options-fields'
import { SecretModal } from './secret-modal'
import { TestReceiverPicker } from './test-receiver-picker'
import { TopicPicker } from './topic-picker'

interface CreateEndpointFormProps {
  allowsPrivateReceivers: boolean
  /** The local emulator's own receiver, offered as a ready-made URL; null on a real Lucca account. */
  testReceiverUrl: string | null
  onCancel: () => void
  /** With the new endpoint's address, the last segment of its `url`. */
  onCreated: (address: string) => void
}

export function CreateEndpointForm({
  allowsPrivateReceivers,
  testReceiverUrl,
  onCancel,
  onCreated,
}: CreateEndpointFormProps) {
  const { t } = useTranslation('endpoints/form')
  const { t: tShell } = useTranslation()
  // The secret lives here and only here, until the admin confirms they stored it.
  const [created, setCreated] = useState<{ endpoint: WebhookEndpoint; secret: string } | null>(null)
  const createEndpoint = useCreateEndpoint((secret, endpoint) => setCreated({ secret, endpoint }))
  const form = useForm<EndpointInput>({
    initialValues: {
      name: '',
      webhookUrl: '',
      topics: [],
      contentType: 'default',
      apiVersion: defaultApiVersion,
      activate: true,
    },
    validate: schemaResolver(endpointInputSchema(t, { allowsPrivateReceivers }), { sync: true }),
    validateInputOnBlur: true,
  })

  function submit({ activate, name, webhookUrl, ...values }: EndpointInput) {
    createEndpoint.mutate(
      {
        ...values,
        webhookUrl: webhookUrl.trim(),
        ...(name ? { name } : {}),
        status: activate ? 'active' : 'inactive',
      },
      {
        onError: (error) => {
          if (!(error instanceof ApiError)) return
          const { status, ...fields } = serverFieldErrors(t, error)
          form.setErrors({ ...fields, ...(status ? { activate: status } : {}) })
        },
      },
    )
  }

  function finish() {
    const endpoint = created?.endpoint
    setCreated(null)
    createEndpoint.reset()
    if (endpoint) onCreated(addressOf(endpoint))
  }

  const fieldErrorsShown =
    createEndpoint.error instanceof ApiError && Object.keys(createEndpoint.error.fieldErrors).length > 0
  return (
    <Paper withBorder p="lg" maw={760}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="lg">
          {createEndpoint.isError && !fieldErrorsShown && <QueryError error={createEndpoint.error} />}
          {fieldErrorsShown && (
            <Alert color="red" role="alert">
              {t('form.fixErrors')}
            </Alert>
          )}
          <TextInput
            label={t('form.webhookUrl')}
            description={allowsPrivateReceivers ? t('form.webhookUrlHelpLocal') : t('form.webhookUrlHelp')}
            placeholder="https://hooks.example.com/lucca"
            required
            autoComplete="url"
            inputMode="url"
            {...form.getInputProps('webhookUrl')}
          />
          {testReceiverUrl && (
            <TestReceiverPicker
              baseUrl={testReceiverUrl}
              onPick={(url) => form.setFieldValue('webhookUrl', url)}
            />
          )}
          <TopicPicker
            value={form.values.topics}
            onChange={(topics) => form.setFieldValue('topics', topics)}
            error={form.errors.topics}
          />
          <TextInput
            label={t('form.name')}
            description={t('form.nameHelp')}
            {...form.getInputProps('name')}
          />
          <EndpointOptionsFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {tShell('actions.cancel')}
            </Button>
            <Button type="submit" loading={createEndpoint.isPending}>
              {t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      {created && (
        <SecretModal
          secret={created.secret}
          endpointLabel={created.endpoint.name ?? created.endpoint.webhookUrl}
          onDone={finish}
        />
      )}
    </Paper>
  )
}
