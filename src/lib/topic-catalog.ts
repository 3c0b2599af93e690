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
/** The catalog screens' own words: they come with the catalog, so its screens add no strings to the JS. */
type CatalogWords = Record<
  | 'description'
  | 'chains'
  | 'personal'
  | 'firesWhen'
  | 'chain'
  | 'fields'
  | 'personalOne'
  | 'personalMany'
  | 'noPersonal'
  | 'toConfirm'
  | 'toConfirmNote'
  | 'developer'
  | 'envelope'
  | 'example'
  | 'format'
  | 'default'
  | 'cloudEvents'
  | 'version'
  | 'source'
  | 'unknown',
  string
>
export interface TopicCatalog {
  apiVersions: string[]
  ui: { en: CatalogWords; fr: CatalogWords }
  /** Each format's envelope, with fake ids and dates, that the examples fill in. */
  sample: Record<MessageFormat, Record<string, unknown>>
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
export type MessageFormat = 'default' | 'cloudEvents'

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

/**
 * What a receiver gets for `topic` in `format`: Lucca's envelope (contract/openapi.yaml, Event or CloudEvent)
 * around the resource's example, in the catalog's sample envelope (fake ids).
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
  const api = 'https://example.ilucca.net/lucca-api'
  const { id, ...attributes } = resource.example
  const data = {
    id,
    type: resource.resource,
    url: `${api}/${resource.collection}/${String(id)}`,
    ...attributes,
  }
  const sample = catalog.sample[format]
  return format === 'cloudEvents'
    ? { ...sample, type: `com.luccasoftware.${topic}`, source: `${api}/${resource.collection}`, data }
    : {
        ...sample,
        apiVersion,
        topic,
        ...(resource.establishment ? {} : { businessEstablishment: null }),
        data,
        ...(topic.endsWith('.updated') && resource.previous ? { previousAttributes: resource.previous } : {}),
      }
}
