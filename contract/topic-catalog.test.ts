import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import raw from '../src/lib/topic-catalog.json'
import { z } from 'zod'
import {
  catalogEntry,
  examplePayload,
  type MessageFormat,
  type TopicCatalog,
} from '../src/lib/topic-catalog.ts'

// The catalog is hand-written data: this holds it to the contract (docs/decisions/0016-topic-catalog-data.md).
// Its shape, strictly: a misspelt key fails here rather than vanishing from a screen.
const Text = { en: z.string().trim().min(1), fr: z.string().trim().min(1) }
const Field = z.strictObject({
  ...Text,
  name: z.string(),
  type: z.enum(['string', 'date', 'date-time', 'boolean', 'object', 'reference']),
  origin: z.enum(['contract', 'example', 'assumed']),
  personal: z.literal(true).optional(),
})
const Json = z.record(z.string(), z.unknown())
const Words = z.record(z.string(), z.string().trim().min(1))
const CatalogSchema = z.strictObject({
  apiVersions: z.array(z.string()).min(1),
  ui: z.strictObject({ en: Words, fr: Words }),
  sample: z.strictObject({ default: Json, cloudEvents: Json }),
  envelopes: z.strictObject({ default: z.array(Field), cloudEvents: z.array(Field) }),
  chains: z.array(
    z.strictObject({ ...Text, id: z.string(), steps: z.array(z.string()), source: z.string() }),
  ),
  resources: z.array(
    z.strictObject({
      resource: z.string(),
      collection: z.string(),
      establishment: z.boolean(),
      source: z.string().min(1),
      fields: z.array(Field).min(3),
      example: Json,
      previous: Json.optional(),
      topics: z.array(z.strictObject({ ...Text, change: z.enum(['created', 'updated', 'deleted']) })).min(1),
    }),
  ),
})
const catalog: TopicCatalog = raw // and the type the SPA reads it with

test('the catalog has the shape the SPA reads, each text in EN and FR', () => {
  expect(CatalogSchema.safeParse(raw).error?.issues).toBeUndefined()
  expect(Object.keys(catalog.ui.fr)).toEqual(Object.keys(catalog.ui.en))
})
const spec = parse(readFileSync(join(import.meta.dirname, 'openapi.yaml'), 'utf8')) as {
  info: { version: string }
  components: { schemas: Record<string, { properties?: Record<string, unknown>; enum?: string[] }> }
}
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addSchema(spec, 'openapi')
const schemaOf: Record<MessageFormat, ReturnType<typeof ajv.compile>> = {
  default: ajv.compile({ $ref: 'openapi#/components/schemas/Event' }),
  cloudEvents: ajv.compile({ $ref: 'openapi#/components/schemas/CloudEvent' }),
}
const systemTopics = new Set(['ping', 'confirmation', 'test.created'])
const knownTopics = (spec.components.schemas.KnownTopic?.enum ?? []).filter((t) => !systemTopics.has(t))
const formats: MessageFormat[] = ['default', 'cloudEvents']

test('the catalog speaks of the API versions and message formats the contract defines', () => {
  expect(catalog.apiVersions).toEqual([spec.info.version])
  expect(spec.components.schemas.WebhookEndpointContentType?.enum).toEqual(formats)
})

test("the envelope fields are the contract's Event and CloudEvent properties, each explained in EN and FR", () => {
  const names = (format: MessageFormat) => catalog.envelopes[format].map((field) => field.name)
  expect(names('default').sort()).toEqual(
    Object.keys(spec.components.schemas.Event?.properties ?? {})
      .filter((name) => name !== 'embedded') // never posted to a receiver
      .sort(),
  )
  const cloudEvent = Object.keys(spec.components.schemas.CloudEvent?.properties ?? {})
  expect(names('cloudEvents').every((name) => cloudEvent.includes(name))).toBe(true)
  for (const field of [...catalog.envelopes.default, ...catalog.envelopes.cloudEvents]) {
    expect(field.en.trim(), field.name).not.toBe('')
    expect(field.fr.trim(), field.name).not.toBe('')
  }
})

test('the catalog knows every resource topic of the contract, and no other', () => {
  const topics = catalog.resources.flatMap((entry) =>
    entry.topics.map(({ change }) => `${entry.resource}.${change}`),
  )
  expect(topics.sort()).toEqual([...knownTopics].sort())
})

describe.each(knownTopics)('%s', (topic) => {
  const entry = catalogEntry(catalog, topic)

  test('says in EN and FR what makes it fire, and lists its fields, explained, with personal data flagged', () => {
    expect(entry?.firesWhen.en.trim()).toBeTruthy()
    expect(entry?.firesWhen.fr.trim()).toBeTruthy()
    const fields = entry?.resource.fields ?? []
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['id', 'type', 'url']))
    for (const field of fields) {
      expect(field.en.trim(), field.name).not.toBe('')
      expect(field.fr.trim(), field.name).not.toBe('')
    }
    // What identifies a person, or is private to them, leaves Lucca flagged (GDPR).
    const personal = new Set(fields.filter((field) => field.personal).map((field) => field.name))
    const mustBe = ['givenName', 'familyName', 'email', 'personalEmail', 'personalPhoneNumber', 'birthDate']
    mustBe.push('iban', 'employee', 'manager', 'decidedBy', 'comment')
    if (!topic.startsWith('business-establishment.')) mustBe.push('address') // a workplace's is not
    for (const field of fields)
      if (mustBe.includes(field.name)) expect(personal, field.name).toContain(field.name)
  })

  test.each(catalog.apiVersions.flatMap((version) => formats.map((format) => [version, format] as const)))(
    'has an example for API version %s in the %s format that validates against the contract, its data exactly its fields',
    (version, format) => {
      const payload = examplePayload(catalog, topic, format, version)
      const validate = schemaOf[format]
      expect(validate(payload), JSON.stringify(validate.errors)).toBe(true)
      const data = payload?.data as Record<string, unknown>
      expect(Object.keys(data).sort()).toEqual(entry?.resource.fields.map((field) => field.name).sort())
      expect(payload?.[format === 'default' ? 'topic' : 'type']).toMatch(new RegExp(`${topic}$`))
    },
  )
})

test("Lucca's leave-approval chain is described, and each of its steps is a known topic", () => {
  const chain = catalog.chains.find((each) => each.id === 'leave-approval')
  expect(chain?.steps).toEqual(['leave-request-decision.created', 'leave-request.updated', 'leave.updated'])
  expect(chain?.steps.every((step) => knownTopics.includes(step))).toBe(true)
  expect(catalogEntry(catalog, 'leave-request-decision.created')?.resource.source).toMatch(/get-started/)
})
