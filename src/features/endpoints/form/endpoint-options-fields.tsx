import { NativeSelect, Radio, Stack, Switch, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Disclosure } from '../../../components/disclosure'
import { defaultApiVersion, type EndpointInput } from './endpoint-form-schema'

/**
 * Activation, then the message format and API version under "Advanced options": collapsed with their
 * defaults, and opened when one of them has an error.
 */
export function EndpointOptionsFields({ form }: { form: UseFormReturnType<EndpointInput> }) {
  const { t } = useTranslation('endpoints/form')
  const [advanced, setAdvanced] = useState(false)
  const advancedError = Boolean(form.errors.contentType ?? form.errors.apiVersion)
  return (
    <>
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
      <Disclosure summary={t('form.advanced')} open={advanced || advancedError} onToggle={setAdvanced}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('form.advancedHelp')}
          </Text>
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
        </Stack>
      </Disclosure>
    </>
  )
}
