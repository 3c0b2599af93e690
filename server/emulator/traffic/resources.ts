import { subscribableTopics } from '../topics.ts'
import { pick } from './random.ts'

const givenNames = ['Ada', 'Edward', 'Grace', 'Alan', 'Hedy', 'Claude', 'Emmy', 'Linus', 'Radia', 'Ken']
const familyNames = ['Lovelace', 'Atkinson', 'Hopper', 'Turing', 'Lamarr', 'Shannon', 'Noether', 'Perlman']
// Few enough that the same resource changes many times: a history can be filtered by resource id.
const resourcesPerType = 500
export const resourceTopics = subscribableTopics.filter((topic) => topic !== 'test.created')

/** 1 to 3 distinct resource topics, for an endpoint the traffic generator makes. */
export function someTopics(random: () => number): string[] {
  const count = 1 + Math.floor(random() * 3)
  const topics = new Set<string>()
  while (topics.size < count) topics.add(pick(resourceTopics, random))
  return [...topics]
}

/** An event's `data`: a reference to the resource that changed, as Lucca sends it, with its id. */
export function resourceData(topic: string, source: string, random: () => number): Record<string, unknown> {
  const type = topic.split('.')[0] ?? topic
  const id = String(1000 + Math.floor(random() * resourcesPerType))
  const reference = { id, type, url: `${source}/lucca-api/${type}s/${id}` }
  if (type === 'employee') {
    return { ...reference, givenName: pick(givenNames, random), familyName: pick(familyNames, random) }
  }
  if (type.startsWith('leave')) return { ...reference, ownerId: String(1000 + Math.floor(random() * 300)) }
  return reference
}
