// The connection check (issue 18): `GET /api/accounts/:id/connection-check` and `npm run doctor` speak it.
// Each step has a machine-readable id and reason (the SPA translates by them, with `values`); `result` and
// `fix` are the plain English the doctor prints.
import { z } from 'zod/mini'

const connectionStepIds = [
  'config',
  'reach',
  'token-endpoint',
  'credentials',
  'scopes',
  'webhook-api',
  'budget',
] as const

const StepStatusSchema = z.enum(['ok', 'failed', 'warning', 'skipped'])

const ConnectionStepSchema = z.object({
  id: z.enum(connectionStepIds),
  status: StepStatusSchema,
  /** Why, in one word: `dns`, `tls`, `invalid_client`, `missing-scopes`, `not-enabled`… (`ok` when it passed). */
  reason: z.string(),
  result: z.string(),
  fix: z.nullable(z.string()),
  /** For the developer: the error code, HTTP status, headers. Never a secret. */
  detail: z.nullable(z.string()),
  /** What the words are made of (host, admin URL, missing scopes, used/limit…), for the SPA's translation. */
  // Not checked one by one: z.record would add to the SPA's bundle, and unknown values are only left unused.
  values: z.custom<Record<string, string>>((value) => typeof value === 'object' && value !== null),
})

export const ConnectionCheckSchema = z.object({
  accountId: z.string(),
  label: z.string(),
  checkedAt: z.string(),
  ok: z.boolean(),
  steps: z.array(ConnectionStepSchema),
})

export type StepStatus = z.infer<typeof StepStatusSchema>
export type ConnectionStepId = (typeof connectionStepIds)[number]
export type ConnectionStep = z.infer<typeof ConnectionStepSchema>
export type ConnectionCheck = z.infer<typeof ConnectionCheckSchema>
