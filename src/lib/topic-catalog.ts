import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { consoleCall } from './console-client'
import catalogUrl from './topic-catalog.json?url'

// The catalog's bulk (words in two languages, fields, examples) is a hashed JSON asset fetched when a screen
// needs it, not bundled JS (docs/decisions/0016-topic-catalog-data.md).
const TextSchema = z.object({ en: z.string(), fr: z.string() })
const FieldSchema = z.extend(TextSchema, {
  name: z.string(),
  type: z.string(),
  /** `contract`: in contract/openapi.yaml; `example`: in Lucca's examples; `assumed`: to confirm with Lucca. */
  origin: z.enum(['contract', 'example', 'assumed']),
  personal: z.optional(z.literal(true)),
})
const ResourceSchema = z.object({
  collection: z.string(),
  establishment: z.boolean(),
  source: z.string(),
  fields: z.array(FieldSchema),
  example: z.record(z.string(), z.unknown()),
  previous: z.optional(z.record(z.string(), z.unknown())),
  topics: z.record(z.string(), TextSchema),
})
export const TopicCatalogSchema = z.object({
  apiVersions: z.array(z.string()),
  envelopes: z.object({ default: z.array(FieldSchema), cloudEvents: z.array(FieldSchema) }),
  chains: z.array(z.extend(TextSchema, { id: z.string(), steps: z.array(z.string()), source: z.string() })),
  resources: z.record(z.string(), ResourceSchema),
})

export type TopicCatalog = z.infer<typeof TopicCatalogSchema>
export type CatalogField = z.infer<typeof FieldSchema>
export type MessageFormat = keyof TopicCatalog['envelopes']

export const topicCatalogQuery = queryOptions({
  queryKey: ['topic-catalog'],
  queryFn: () => consoleCall('GET', catalogUrl, TopicCatalogSchema),
  staleTime: Infinity,
})

/** The catalog's words and fields for one topic; undefined for a topic the catalog does not know. */
export function catalogEntry(catalog: TopicCatalog, topic: string) {
  const dot = topic.lastIndexOf('.')
  const resource = catalog.resources[topic.slice(0, dot)]
  const firesWhen = resource?.topics[topic.slice(dot + 1)]
  if (!resource || !firesWhen) return undefined
  return {
    resource,
    firesWhen,
    chains: catalog.chains.filter((chain) => chain.steps.includes(topic)),
  }
}

const source = 'https://example.ilucca.net'

/**
 * What a receiver gets for `topic` in `format`: Lucca's envelope (contract/openapi.yaml, Event or CloudEvent)
 * around the resource's example, with fake ids.
 */
export function examplePayload(
  catalog: TopicCatalog,
  topic: string,
  format: MessageFormat,
  apiVersion: string,
): Record<string, unknown> | undefined {
  const entry = catalogEntry(catalog, topic)
  if (!entry) return undefined
  const { resource } = entry
  const type = topic.slice(0, topic.lastIndexOf('.'))
  const { id, ...attributes } = resource.example
  const data = { id, type, url: `${source}/lucca-api/${resource.collection}/${String(id)}`, ...attributes }
  const occurredAt = '2026-11-30T09:14:27.512+01:00'
  if (format === 'cloudEvents') {
    return {
      specversion: '1.0.3',
      id: '6f1c2b9e-4d7a-4c1e-9a53-2b8e0f6d4a17',
      type: `com.luccasoftware.${topic}`,
      source: `${source}/lucca-api/${resource.collection}`,
      time: occurredAt,
      datacontenttype: 'application/json',
      data,
      comluccasoftwareeventid: '58213',
    }
  }
  return {
    id: '58213',
    type: 'event',
    url: `${source}/lucca-api/events/58213`,
    apiVersion,
    topic,
    occurredAt,
    source,
    businessEstablishment: resource.establishment
      ? { id: '12', type: 'business-establishment', url: `${source}/lucca-api/business-establishments/12` }
      : null,
    data,
    ...(topic.endsWith('.updated') && resource.previous ? { previousAttributes: resource.previous } : {}),
    links: { retry: { href: `${source}/lucca-api/webhook-deliveries` } },
  }
}
