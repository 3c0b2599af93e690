import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { consoleCall } from './console-client'
import catalogUrl from './topic-catalog.json?url'

// The catalog's bulk (words in two languages, fields, examples) is a hashed JSON asset fetched when a screen
// needs it, not bundled JS (docs/decisions/0016-topic-catalog-data.md). Its types, checked against the file
// and the contract by contract/topic-catalog.test.ts:
interface Text {
  en: string
  fr: string
}
export interface CatalogField extends Text {
  name: string
  type: string
  /** `contract`: in contract/openapi.yaml; `example`: in Lucca's examples; `assumed`: to confirm with Lucca. */
  origin: string
  personal?: boolean
}
export interface TopicCatalog {
  apiVersions: string[]
  envelopes: { default: CatalogField[]; cloudEvents: CatalogField[] }
  chains: (Text & { id: string; steps: string[]; source: string })[]
  resources: {
    resource: string
    collection: string
    establishment: boolean
    source: string
    fields: CatalogField[]
    example: Record<string, unknown>
    previous?: Record<string, unknown>
    topics: (Text & { change: string })[]
  }[]
}
export type MessageFormat = keyof TopicCatalog['envelopes']

// The file comes from the same build as this code (its name is its hash), so its shape is known when this
// compiles: a full zod schema here would only add its weight to every visit's JS. This checks it is the catalog.
const CatalogSchema = z.custom<TopicCatalog>(
  (value) => typeof value === 'object' && value !== null && 'resources' in value && 'chains' in value,
)

export const topicCatalogQuery = queryOptions({
  queryKey: ['topic-catalog'],
  queryFn: () => consoleCall('GET', catalogUrl, CatalogSchema),
  staleTime: Infinity,
})

/** The catalog's words and fields for one topic; undefined for a topic the catalog does not know. */
export function catalogEntry(catalog: TopicCatalog, topic: string) {
  const dot = topic.lastIndexOf('.')
  const resource = catalog.resources.find((each) => each.resource === topic.slice(0, dot))
  const firesWhen = resource?.topics.find((each) => each.change === topic.slice(dot + 1))
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
  const { id, ...attributes } = resource.example
  const data = {
    id,
    type: resource.resource,
    url: `${source}/lucca-api/${resource.collection}/${String(id)}`,
    ...attributes,
  }
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
