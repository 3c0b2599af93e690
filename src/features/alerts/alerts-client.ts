import { z } from 'zod/mini'
import {
  AlertRuleSchema,
  AlertsPageSchema,
  AlertSigningSecretSchema,
  LocalOutboxSchema,
  type AlertRuleInput,
} from '../../../contract/console-alerts-api'
import { consoleCall } from '../../lib/console-client'
import { searchOf } from '../../lib/search-params'

export type {
  Alert,
  AlertCondition,
  AlertDispatch,
  AlertRecipient,
  AlertRule,
  AlertRuleInput,
  LocalOutboxItem,
} from '../../../contract/console-alerts-api'

// The contract names the rule but not its list: `{ items }`, as every list of the console's API answers.
const AlertRulesSchema = z.object({ items: z.array(AlertRuleSchema) })
const rulePath = (id: string) => `/api/alerts/rules/${encodeURIComponent(id)}`

/** The console's alerts (`/api/alerts/…`, contract/console-alerts-api.ts): with the Alerts pages only. */
export const alertsApi = {
  /** Newest first; `before` is the opaque cursor of the page before. */
  page: (state: 'open' | 'closed' | null, before: string | null, limit = 20) =>
    consoleCall('GET', `/api/alerts?${searchOf({ state, limit, before })}`, AlertsPageSchema),
  retryDispatch: (id: string) =>
    consoleCall('POST', `/api/alerts/dispatches/${encodeURIComponent(id)}/retry`, z.unknown()),
  rules: async () => (await consoleCall('GET', '/api/alerts/rules', AlertRulesSchema)).items,
  createRule: (rule: AlertRuleInput) => consoleCall('POST', '/api/alerts/rules', AlertRuleSchema, rule),
  updateRule: (id: string, rule: AlertRuleInput) => consoleCall('PUT', rulePath(id), AlertRuleSchema, rule),
  deleteRule: (id: string) => consoleCall('DELETE', rulePath(id), z.unknown()),
  signingSecret: () => consoleCall('GET', '/api/alerts/signing-secret', AlertSigningSecretSchema),
  rotateSigningSecret: () =>
    consoleCall('POST', '/api/alerts/signing-secret/rotate', AlertSigningSecretSchema),
  localOutbox: () => consoleCall('GET', '/api/alerts/local-outbox', LocalOutboxSchema),
}
