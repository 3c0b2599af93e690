import { z } from 'zod'
import { validationError, type FieldErrors } from './http/problem.ts'
import type { Settings } from './options.ts'
import { subscribableTopics } from './topics.ts'

const readOnlyFields = ['id', 'type', 'url', 'createdAt', 'lastUpdatedAt', 'links', 'embedded', 'secret']
const loopbackHosts = ['localhost', '127.0.0.1', 'host.docker.internal']

function webhookUrl(allowHttp: boolean) {
  return z
    .string()
    .max(500, 'The webhookUrl must be at most 500 characters.')
    .superRefine((value, ctx) => {
      const url = URL.canParse(value) ? new URL(value) : undefined
      if (!url) return ctx.addIssue({ code: 'custom', message: 'The webhookUrl must be an absolute URL.' })
      const httpAllowed = allowHttp && url.protocol === 'http:' && loopbackHosts.includes(url.hostname)
      if (url.protocol !== 'https:' && !httpAllowed) {
        ctx.addIssue({ code: 'custom', message: 'The webhookUrl must use the https scheme.' })
      }
      if (url.username || url.password) {
        ctx.addIssue({ code: 'custom', message: 'The webhookUrl must not contain credentials.' })
      }
    })
}

const topics = z
  .array(
    z.string().refine((topic) => (subscribableTopics as readonly string[]).includes(topic), {
      message: 'Unknown or non-subscribable topic.',
    }),
  )
  .min(1, 'At least one topic is required.')
  .max(100, 'At most 100 topics.')
  .refine((list) => new Set(list).size === list.length, 'Topics must be unique.')

const businessEstablishments = z
  .array(z.object({ id: z.string().min(1) }).loose())
  .min(1)
  .refine((list) => new Set(list.map((be) => be.id)).size === list.length, 'Establishments must be unique.')
  .nullable()

type EndpointRules = Pick<Settings, 'allowHttp' | 'variant'>

function endpointFields({ allowHttp, variant: { apiVersions } }: EndpointRules) {
  return {
    name: z.string().min(1).max(255),
    webhookUrl: webhookUrl(allowHttp),
    apiVersion: z.enum(apiVersions, {
      message: `Only API version ${apiVersions.join(' or ')} is supported.`,
    }),
    topics,
    businessEstablishments,
    status: z.enum(['active', 'inactive'], { message: 'The status must be "active" or "inactive".' }),
    contentType: z.enum(['default', 'cloudEvents']),
  }
}

export function parseEndpointCreate(body: unknown, rules: EndpointRules) {
  const f = endpointFields(rules)
  const schema = z
    .object({
      ...f,
      name: f.name.optional(),
      apiVersion: f.apiVersion.optional(),
      status: f.status.optional(),
    })
    .extend({
      businessEstablishments: f.businessEstablishments.optional(),
      contentType: f.contentType.optional(),
    })
    .strict()
  return parse(schema, withoutReadOnly(body))
}

export function parseEndpointPatch(body: unknown, rules: EndpointRules) {
  const schema = z.object(endpointFields(rules)).partial().strict()
  const parsed = parse(schema, withoutReadOnly(body))
  if (Object.keys(parsed).length === 0)
    throw validationError({ body: ['At least one property to change is required.'] })
  return parsed
}

const reference = z.object({ id: z.string().min(1).max(64) }).loose()

export function parseDeliveryCreate(body: unknown) {
  if (body === undefined) return {}
  return parse(
    z.object({ webhookEndpoint: reference.optional(), event: reference.optional() }).strict(),
    body,
  )
}

function withoutReadOnly(body: unknown): unknown {
  if (!isObject(body)) return body
  return Object.fromEntries(Object.entries(body).filter(([key]) => !readOnlyFields.includes(key)))
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  if (!isObject(body)) throw validationError({ body: ['The request body must be a JSON object.'] })
  const result = schema.safeParse(body)
  if (result.success) return result.data
  throw validationError(toFieldErrors(result.error))
}

/** zod paths become the contract's field names: `topics[2]`, `businessEstablishments[0].id`. */
function toFieldErrors(error: z.ZodError): FieldErrors {
  // A Map: field names come from the client and may be "toString" or "__proto__".
  const errors = new Map<string, string[]>()
  const add = (key: string, message: string) => errors.set(key, [...(errors.get(key) ?? []), message])
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(joinPath([...issue.path, key]), 'Unknown property.')
    } else {
      add(joinPath(issue.path) || 'body', issue.message)
    }
  }
  return Object.fromEntries(errors)
}

function joinPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`
    return acc ? `${acc}.${String(part)}` : String(part)
  }, '')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
