// The alerts' part of the console's own API (issue 15): rules the admins set per account, the alerts they
// raised (one per outage, closed by a recovery) and what was sent for each to every recipient. Apart from
// console-api.ts, so that only the pages that use it load it.
import { z } from 'zod/mini'

/**
 * What a rule watches, per endpoint of the account (or one endpoint):
 * - `suspended`: Lucca suspended the endpoint (its status is `suspended`);
 * - `receiver-gone`: the receiver answered 404 or 410, which makes Lucca suspend at once (contract §8);
 * - `low-success-rate`: fewer than `percent` % of the deliveries of the last `minutes` were delivered, with at
 *   least `minDeliveries` of them;
 * - `silent`: no delivery at all for `hours`, for an endpoint that got some in the 7 days before.
 * An alert stays open while its condition holds and is closed ("recovered") when it no longer does.
 */
export const alertConditions = ['suspended', 'receiver-gone', 'low-success-rate', 'silent'] as const
export const alertLanguages = ['en', 'fr'] as const
export const recipientKinds = ['email', 'endpoint-owner', 'slack', 'teams', 'webhook'] as const

// Written with the checks the SPA already loads (refine, regex), not z.url or z.int: a zod check the SPA uses
// anywhere lands in the first screen's chunk (zod's core is one module), and these two cost 3 KiB gz there.
const https = z.string().check(
  z.maxLength(2000),
  z.refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'Expected an https:// URL',
  }),
)
const wholeNumber = (min: number, max: number) =>
  z.number().check(
    z.refine((value) => Number.isInteger(value) && value >= min && value <= max, {
      error: `Expected a whole number from ${min} to ${max}`,
    }),
  )
const language = z.enum(alertLanguages)

/**
 * Who hears of an alert, in their language. `endpoint-owner`: the owner's address in the endpoint's notes
 * (contract/console-notes-api.ts), when it has one. `webhook`: a generic hook the customer plugs into their
 * own tools, signed as Standard Webhooks define (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
 */
const hookKinds: readonly string[] = ['slack', 'teams', 'webhook']
const AlertRecipientSchema = z
  .object({
    kind: z.enum(recipientKinds),
    /** For `email`. */
    address: z.optional(z.email().check(z.maxLength(254))),
    /** For `slack`, `teams` and `webhook`. */
    url: z.optional(https),
    language,
  })
  .check(
    z.superRefine((recipient, context) => {
      if (recipient.kind === 'email' && recipient.address === undefined)
        context.addIssue({
          code: 'custom',
          path: ['address'],
          message: 'An email recipient needs an address',
        })
      if (hookKinds.includes(recipient.kind) && recipient.url === undefined)
        context.addIssue({
          code: 'custom',
          path: ['url'],
          message: 'A hook recipient needs its https:// URL',
        })
    }),
  )

/** `POST /api/alerts/rules`, `PUT /api/alerts/rules/:id` (admins): a rule as an admin sets it. */
export const AlertRuleInputSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  enabled: z.boolean(),
  condition: z.enum(alertConditions),
  /** One endpoint's Lucca id, or null for every endpoint of the account. */
  endpointId: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  /** For `low-success-rate`, else ignored. */
  percent: z._default(wholeNumber(1, 100), 80),
  minutes: z._default(wholeNumber(5, 1440), 60),
  minDeliveries: z._default(wholeNumber(1, 10_000), 5),
  /** For `silent`, else ignored. */
  hours: z._default(wholeNumber(1, 168), 24),
  /** Send a "recovered" message when the alert closes. */
  notifyRecovery: z._default(z.boolean(), true),
  recipients: z.array(AlertRecipientSchema).check(z.minLength(1), z.maxLength(20)),
})

export const AlertRuleSchema = z.extend(AlertRuleInputSchema, {
  id: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
})

/**
 * The secret the generic `webhook` recipients' messages are signed with (`whsec_…`, Standard Webhooks), one
 * per account. `GET /api/alerts/signing-secret` (admins) shows it; `POST /api/alerts/signing-secret/rotate`
 * makes a new one (audited).
 */
export const AlertSigningSecretSchema = z.object({ secret: z.string(), createdAt: z.string() })

const dispatchStatuses = ['pending', 'sent', 'failing'] as const
/**
 * One message to one recipient: waits in the outbox until sent. `failing`: the mail server or hook refused
 * or was down; it is retried with back-off (`nextAttemptAt`), never dropped.
 */
const AlertDispatchSchema = z.object({
  id: z.string(),
  /** The alert's opening message, or its "recovered" one. */
  message: z.enum(['opened', 'recovered']),
  kind: z.enum(recipientKinds),
  /** The address, or the hook's host and path with any token in it masked. */
  target: z.string(),
  language,
  status: z.enum(dispatchStatuses),
  attempts: z.number(),
  lastAttemptAt: z.nullable(z.string()),
  nextAttemptAt: z.nullable(z.string()),
  /** Why the last attempt failed, as the server or hook said it ("SMTP 421 …", "HTTP 503", "timed out"). */
  lastError: z.nullable(z.string()),
  sentAt: z.nullable(z.string()),
})

const AlertSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  ruleName: z.string(),
  condition: z.enum(alertConditions),
  endpointId: z.string(),
  endpointName: z.nullable(z.string()),
  /** Lucca's `url` of the endpoint, so the SPA links to it without building one (contract §12 R3). */
  endpointUrl: z.string(),
  /** When the condition was first seen to hold (the outage's start, as near as the history tells). */
  openedAt: z.string(),
  /** When it was seen to no longer hold; null while open. */
  closedAt: z.nullable(z.string()),
  /** Deliveries to the endpoint that failed between openedAt and closedAt (or now). */
  failedDeliveries: z.number(),
  /** The last failed attempt seen while open: its HTTP code (null for a timeout or a refused connection). */
  lastFailureCode: z.nullable(z.number()),
  lastFailureAt: z.nullable(z.string()),
  dispatches: z.array(AlertDispatchSchema),
})

/** `GET /api/alerts?state=open|closed&limit=&before=`: newest first. */
export const AlertsQuerySchema = z.object({
  state: z.optional(z.enum(['open', 'closed'])),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  before: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/))),
})
export const AlertsPageSchema = z.object({
  items: z.array(AlertSchema),
  next: z.nullable(z.string()),
  /** Dispatches waiting or failing across the account: the Alerts page warns when any is failing. */
  failingDispatches: z.number(),
})

/**
 * `GET /api/alerts/local-outbox` (embedded default only; 404 otherwise): what the local SMTP server and chat
 * hooks the console runs for a first try received, newest first, so a new user sees an alert arrive.
 */
const LocalOutboxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['email', 'slack', 'teams', 'webhook']),
  receivedAt: z.string(),
  /** The email's `To`, or the hook's path. */
  to: z.string(),
  /** The email's subject, or the chat message's title. */
  subject: z.string(),
  text: z.string(),
  /** The email's HTML part; the SPA shows it in a sandboxed frame. */
  html: z.nullable(z.string()),
  /** The hook's JSON body, as received. */
  json: z.nullable(z.unknown()),
  /** For `webhook`: whether its Standard Webhooks signature verified with the account's secret. */
  signatureValid: z.nullable(z.boolean()),
})
export const LocalOutboxSchema = z.object({ items: z.array(LocalOutboxItemSchema) })

export type AlertCondition = (typeof alertConditions)[number]
export type AlertRecipient = z.infer<typeof AlertRecipientSchema>
export type AlertRuleInput = z.input<typeof AlertRuleInputSchema>
export type AlertRule = z.infer<typeof AlertRuleSchema>
export type AlertDispatch = z.infer<typeof AlertDispatchSchema>
export type Alert = z.infer<typeof AlertSchema>
export type AlertsPage = z.infer<typeof AlertsPageSchema>
export type LocalOutboxItem = z.infer<typeof LocalOutboxItemSchema>
export type AlertSigningSecret = z.infer<typeof AlertSigningSecretSchema>
