import { randomId } from '@mantine/hooks'
import type { TFunction } from 'i18next'
import { AlertRuleInputSchema, type recipientKinds } from '../../../../contract/console-alerts-api'
import type { AlertCondition, AlertRecipient, AlertRule, AlertRuleInput } from '../alerts-client'

type Kind = (typeof recipientKinds)[number]
type Language = AlertRecipient['language']

/** A recipient row as typed: both the address and the URL are kept, so switching its kind loses nothing. */
export interface RecipientRow {
  key: string
  kind: Kind
  address: string
  url: string
  language: Language
}

/** The form's values: numbers as the inputs give them (an emptied field is ''). */
export interface RuleFormValues {
  name: string
  enabled: boolean
  condition: AlertCondition
  /** `every`, or `endpoint:<id>`. */
  scope: string
  percent: number | string
  minutes: number | string
  minDeliveries: number | string
  hours: number | string
  notifyRecovery: boolean
  recipients: RecipientRow[]
}

export const everyEndpoint = 'every'
export const scopeOf = (endpointId: string) => `endpoint:${endpointId}`

export function newRecipient(language: Language, kind: Kind = 'email'): RecipientRow {
  return { key: randomId(), kind, address: '', url: '', language }
}

export function valuesOf(rule: AlertRule | null, language: Language): RuleFormValues {
  if (!rule)
    return {
      name: '',
      enabled: true,
      condition: 'suspended',
      scope: everyEndpoint,
      percent: 80,
      minutes: 60,
      minDeliveries: 5,
      hours: 24,
      notifyRecovery: true,
      recipients: [newRecipient(language)],
    }
  return {
    name: rule.name,
    enabled: rule.enabled,
    condition: rule.condition,
    percent: rule.percent,
    minutes: rule.minutes,
    minDeliveries: rule.minDeliveries,
    hours: rule.hours,
    notifyRecovery: rule.notifyRecovery,
    scope: rule.endpointId === null ? everyEndpoint : scopeOf(rule.endpointId),
    recipients: rule.recipients.map((recipient) => ({
      ...newRecipient(recipient.language, recipient.kind),
      address: recipient.address ?? '',
      url: recipient.url ?? '',
    })),
  }
}

const numberOf = (value: number | string) =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)

function recipientOf({ kind, address, url, language }: RecipientRow): AlertRecipient {
  if (kind === 'email') return { kind, address: address.trim(), language }
  if (kind === 'endpoint-owner') return { kind, language }
  return { kind, url: url.trim(), language }
}

const defaults = valuesOf(null, 'en')
export type Threshold = 'percent' | 'minutes' | 'minDeliveries' | 'hours'
const usedBy: Record<Threshold, AlertCondition> = {
  percent: 'low-success-rate',
  minutes: 'low-success-rate',
  minDeliveries: 'low-success-rate',
  hours: 'silent',
}

/**
 * What is sent: the contract's rule input. A threshold of another condition (hidden, and ignored by the
 * server) is kept when valid, else its default, so that it never blocks a save.
 */
export function inputOf(values: RuleFormValues): AlertRuleInput {
  const number = (field: Threshold) => {
    const value = numberOf(values[field])
    if (usedBy[field] === values.condition) return value
    return AlertRuleInputSchema.shape[field].safeParse(value).success ? value : Number(defaults[field])
  }
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    condition: values.condition,
    endpointId: values.scope.startsWith('endpoint:') ? values.scope.slice('endpoint:'.length) : null,
    percent: number('percent'),
    minutes: number('minutes'),
    minDeliveries: number('minDeliveries'),
    hours: number('hours'),
    notifyRecovery: values.notifyRecovery,
    recipients: values.recipients.map(recipientOf),
  }
}

/** The form's field for a path of the rule input (the contract's, or the server's `recipients[0].url`). */
function fieldOf(path: string, values: RuleFormValues): string {
  const normal = path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')
  if (normal === 'endpointId') return 'scope'
  const recipient = /^recipients\.(\d+)(?:\.(\w+))?$/.exec(normal)
  if (recipient) {
    const row = values.recipients[Number(recipient[1])]
    const field =
      recipient[2] ?? (row?.kind === 'email' ? 'address' : row?.kind === 'endpoint-owner' ? 'kind' : 'url')
    return `recipients.${recipient[1]}.${field}`
  }
  return normal
}

/** The form's words for a refused field: the contract says what is wrong, our strings say it plainly. */
function messageOf(field: string, t: TFunction<'alerts/rules'>): string {
  const last = field.split('.').at(-1) ?? field
  switch (last) {
    case 'name':
    case 'percent':
    case 'minutes':
    case 'minDeliveries':
    case 'hours':
    case 'recipients':
    case 'address':
    case 'url':
      return t(`form.errors.${last}`)
    default:
      return t('form.errors.endpointId')
  }
}

/** Checks the values against the contract's schema (contract/console-alerts-api.ts), in the admin's words. */
export function validateRule(values: RuleFormValues, t: TFunction<'alerts/rules'>): Record<string, string> {
  const result = AlertRuleInputSchema.safeParse(inputOf(values))
  if (result.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path.map(String).join('.'), values)
    errors[field] ??= messageOf(field, t)
  }
  return errors
}

/**
 * The server's 400, field by field, on the form's fields; what no field of the form shows comes back as
 * `rest`, for the form's own message.
 */
export function serverErrorsOf(fieldErrors: Record<string, string>, values: RuleFormValues) {
  const fields: Record<string, string> = {}
  const rest: string[] = []
  const known = new Set(['name', 'scope', 'percent', 'minutes', 'minDeliveries', 'hours', 'recipients'])
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldOf(path, values)
    if (known.has(field) || field.startsWith('recipients.')) fields[field] = message
    else rest.push(message)
  }
  return { fields, rest }
}
