import { NativeSelect, Radio, Stack, Switch, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { defaultApiVersion, type EndpointInput } from './endpoint-form-schema'

/** Delivery format, API version and activation: the choices a non-developer needs explained. */
export function EndpointOptionsFields({ form }: { form: UseFormReturnType<EndpointInput> }) {
  const { t } = useTranslation('endpoints/form')
  return (
    <>
      <Radio.Group
        label={t('form.contentType')}
        description={t('form.contentTypeHelp')}
        {...form.getInputProps('contentType')}
      >
        <Stack gap="xs" mt="xs">
          <Radio
            value="default"
            label={t('form.contentTypeDefault')}
            description={t('form.contentTypeDefaultHelp')}
          />
          <Radio
            value="cloudEvents"
            label={t('form.contentTypeCloudEvents')}
            description={t('form.contentTypeCloudEventsHelp')}
          />
        </Stack>
      </Radio.Group>
      <NativeSelect
        label={t('form.apiVersion')}
        description={t('form.apiVersionHelp')}
        data={[{ value: defaultApiVersion, label: defaultApiVersion }]}
        {...form.getInputProps('apiVersion')}
      />
      <div>
        <Switch
          label={t('form.activate')}
          description={t('form.activateHelp')}
          {...form.getInputProps('activate', { type: 'checkbox' })}
        />
        {form.values.activate && (
          <Text size="xs" c="dimmed" mt={4} ml={54}>
            {t('form.challengeHint')}
          </Text>
        )}
      </div>
    </>
  )
}
