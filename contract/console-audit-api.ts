// The audit trail's part of the console's own API (contract/console-api.ts has the core): apart, so that
// only the pages that use it load it.
import { z } from 'zod/mini'

export const auditActions = [
  'endpoint.create',
  'endpoint.update',
  'endpoint.delete',
  'endpoint.refused',
  'endpoint.notes',
  'delivery.test',
  'delivery.redeliver',
  'session.sign-in',
  'session.sign-out',
  'session.sign-in-failed',
  'session.locked-out',
  'session.ended-by-provider',
  'user.create',
  'user.role',
  'user.password',
  'user.remove',
  'user.sessions-end',
  'alert-rule.create',
  'alert-rule.update',
  'alert-rule.delete',
  'alert-secret.rotate',
] as const
export const AuditActionSchema = z.enum(auditActions)

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string(),
  accountId: z.string(),
  /** The account's name as the admins know it, as it was when the entry was written. */
  accountLabel: z.string(),
  action: AuditActionSchema,
  /** The resource as Lucca names it (`webhook-endpoints/26`), or the user a user action is about. */
  target: z.string(),
  /** The same in words, when known: the endpoint's name. */
  targetLabel: z.nullable(z.string()),
  status: z.number(),
})

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
/** The trail's filters, as the page keeps them in its URL and the CSV export takes them. */
export const AuditFiltersSchema = z.object({
  username: z.optional(z.string().check(z.maxLength(64))),
  action: z.optional(AuditActionSchema),
  accountId: z.optional(z.string().check(z.maxLength(64))),
  /** Calendar days, UTC, inclusive. */
  from: z.optional(day),
  to: z.optional(day),
})

/** `GET /api/audit?limit=&before=&…filters`, newest first; `GET /api/audit.csv?…filters`. */
export const AuditQuerySchema = z.extend(AuditFiltersSchema, {
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
  before: z.optional(z.string().check(z.regex(/^[a-z0-9]{1,40}$/))),
})
export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextBefore: z.nullable(z.string()),
  /** How long entries are kept (AUDIT_RETENTION_DAYS); older ones are removed. */
  retentionDays: z.number(),
})

export type AuditAction = z.infer<typeof AuditActionSchema>
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export type AuditPage = z.infer<typeof AuditPageSchema>
export type AuditFilters = z.infer<typeof AuditFiltersSchema>
