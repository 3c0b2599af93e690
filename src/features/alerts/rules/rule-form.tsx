import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm, type UseFormReturnType } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { alertConditions } from '../../../../contract/console-alerts-api'
import { QueryError } from '../../../components/query-error'
import { ApiError } from '../../../lib/api-error'
import { useSaveRule } from '../alerts-api'
import type { AlertRule } from '../alerts-client'
import { RecipientFields } from './recipient-fields'
import {
  everyEndpoint,
  inputOf,
  scopeOf,
  serverErrorsOf,
  validateRule,
  valuesOf,
  type RuleFormValues,
  type Threshold,
} from './rule-form-values'

export interface EndpointChoice {
  id: string
  name: string
}

interface RuleFormProps {
  /** The rule edited, or null for a new one. */
  rule: AlertRule | null
  /** null until known: the rule's own endpoint is then named by its id. */
  endpoints: EndpointChoice[] | null
  onDone: () => void
}

/**
 * Adds or edits a rule, checked with the contract's schema before it is sent. A refusal (a 400 field by
 * field, or the console down) is shown at the field or above the form, and every value typed stays.
 */
export function RuleForm({ rule, endpoints, onDone }: RuleFormProps) {
  const { t, i18n } = useTranslation('alerts/rules')
  const save = useSaveRule()
  const [rest, setRest] = useState<string[]>([])
  const title = useRef<HTMLHeadingElement>(null)
  // The form opens above the list: keyboard and screen-reader users are taken to it.
  useEffect(() => title.current?.focus(), [])
  const form = useForm<RuleFormValues>({
    initialValues: valuesOf(rule, i18n.language.startsWith('fr') ? 'fr' : 'en'),
    validate: (values) => validateRule(values, t),
  })
  const { condition } = form.values
  const scopes = [
    { value: everyEndpoint, label: t('form.every') },
    ...(endpoints ?? []).map((endpoint) => ({ value: scopeOf(endpoint.id), label: endpoint.name })),
  ]
  const own = rule?.endpointId
  if (own && !endpoints?.some((endpoint) => endpoint.id === own))
    scopes.push({ value: scopeOf(own), label: endpoints ? t('form.gone', { id: own }) : own })

  function submit(values: RuleFormValues) {
    setRest([])
    save.mutate(
      { id: rule?.id ?? null, rule: inputOf(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('form.saved') })
          onDone()
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return
          const { fields, rest } = serverErrorsOf(error.fieldErrors, form.getValues())
          form.setErrors(fields)
          setRest(rest)
        },
      },
    )
  }
  const fieldErrors = save.error instanceof ApiError && Object.keys(save.error.fieldErrors).length > 0

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="rule-form-title">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Title order={2} size="h4" id="rule-form-title" ref={title} tabIndex={-1}>
            {rule ? t('form.editTitle', { name: rule.name }) : t('form.newTitle')}
          </Title>
          {save.isError && !fieldErrors && <QueryError error={save.error} />}
          {rest.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t('form.notSaved')}>
              {rest.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          )}
          <TextInput
            label={t('form.name')}
            description={t('form.nameHint')}
            {...form.getInputProps('name')}
          />
          <Switch
            label={t('form.enabled')}
            description={t('form.enabledHint')}
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          <Radio.Group label={t('form.condition')} {...form.getInputProps('condition')}>
            <Stack gap="sm" mt="xs">
              {alertConditions.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`form.conditions.${value}`)}
                  description={t(`form.conditionHints.${value}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {condition === 'low-success-rate' && <LowRateFields form={form} />}
          {condition === 'silent' && <NumberField form={form} field="hours" />}
          <NativeSelect label={t('form.scope')} data={scopes} {...form.getInputProps('scope')} />
          <Switch
            label={t('form.notifyRecovery')}
            description={t('form.notifyRecoveryHint')}
            {...form.getInputProps('notifyRecovery', { type: 'checkbox' })}
          />
          <RecipientFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}

function LowRateFields({ form }: { form: UseFormReturnType<RuleFormValues> }) {
  const { t } = useTranslation('alerts/rules')
  const { percent, minutes, minDeliveries } = form.values
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <NumberField form={form} field="percent" />
        <NumberField form={form} field="minutes" />
        <NumberField form={form} field="minDeliveries" />
      </SimpleGrid>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('form.lowRatePreview', { percent, minutes, minDeliveries })}
      </Text>
    </Stack>
  )
}

/** A whole number, typed as text (the contract's schema checks its range, in the form's words). */
function NumberField({ form, field }: { form: UseFormReturnType<RuleFormValues>; field: Threshold }) {
  const { t } = useTranslation('alerts/rules')
  return (
    <TextInput
      label={t(`form.${field}`)}
      inputMode="numeric"
      autoComplete="off"
      {...form.getInputProps(field)}
    />
  )
}
