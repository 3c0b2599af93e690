import { ActionIcon, Button, Group, Input, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { alertLanguages, recipientKinds } from '../../../../contract/console-alerts-api'
import { newRecipient, type RuleFormValues } from './rule-form-values'

/** The rule's recipients, a row each: where to send, in which language; added and removed freely. */
export function RecipientFields({ form }: { form: UseFormReturnType<RuleFormValues> }) {
  const { t, i18n } = useTranslation('alerts/rules')
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en'
  const rows = form.values.recipients
  return (
    <Input.Wrapper
      label={t('form.recipients')}
      labelElement="div"
      error={form.errors.recipients}
      errorProps={{ role: 'alert' }}
    >
      <Stack gap="sm" mt={4}>
        {rows.map((row, index) => {
          const number = index + 1
          const path = `recipients.${index}` as const
          return (
            <Paper key={row.key} withBorder p="sm" component="fieldset" m={0}>
              <Text component="legend" size="sm" fw={600} px={4}>
                {t('form.recipient', { number })}
              </Text>
              <Stack gap="xs">
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  <NativeSelect
                    style={{ flex: 1, minWidth: 0 }}
                    label={t('form.kind')}
                    data={recipientKinds.map((kind) => ({ value: kind, label: t(`form.kinds.${kind}`) }))}
                    {...form.getInputProps(`${path}.kind`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={24}
                    aria-label={t('form.removeRecipient', { number })}
                    onClick={() => form.removeListItem('recipients', index)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
                {row.kind === 'email' && (
                  <TextInput
                    label={t('form.address')}
                    type="email"
                    autoComplete="off"
                    {...form.getInputProps(`${path}.address`)}
                  />
                )}
                {(row.kind === 'slack' || row.kind === 'teams' || row.kind === 'webhook') && (
                  <TextInput
                    label={t('form.url')}
                    description={t(`form.urlHints.${row.kind}`)}
                    type="url"
                    autoComplete="off"
                    placeholder="https://"
                    {...form.getInputProps(`${path}.url`)}
                  />
                )}
                {row.kind === 'endpoint-owner' && (
                  <Text size="xs" c="dimmed">
                    {t('form.ownerHint')}
                  </Text>
                )}
                <NativeSelect
                  label={t('form.language')}
                  data={alertLanguages.map((value) => ({ value, label: t(`form.languages.${value}`) }))}
                  {...form.getInputProps(`${path}.language`)}
                />
              </Stack>
            </Paper>
          )
        })}
        <Button
          variant="default"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= 20}
          onClick={() => form.insertListItem('recipients', newRecipient(language))}
        >
          {t('form.addRecipient')}
        </Button>
      </Stack>
    </Input.Wrapper>
  )
}
