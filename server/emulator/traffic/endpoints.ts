import { randomBytes } from 'node:crypto'
import type { EmulatorContext } from '../context.ts'
import type { EndpointRecord } from '../store/records.ts'
import type { TrafficOptions } from './generator.ts'
import { someTopics } from './resources.ts'
import { receiverProfiles, simulatedReceiverUrl, type ReceiverProfile } from './simulated-receivers.ts'

/**
 * The run's active endpoints, `Traffic <first>`, `Traffic <first + 1>`…, each at a simulated receiver whose
 * profile follows the mix (shuffled, so the failing ones are not all first), made straight in the store.
 */
export function makeEndpoints(
  ctx: Pick<EmulatorContext, 'store' | 'settings'>,
  options: TrafficOptions & { first: number },
  random: () => number,
  at: number,
): { record: EndpointRecord; profile: ReceiverProfile }[] {
  const { store, settings } = ctx
  const profiles = shuffle(profilesFor(options.endpoints, options.mix ?? {}), random)
  const width = Math.max(3, String(options.first + options.endpoints - 1).length)
  const createdAt = new Date(at).toISOString()
  const client = settings.clients[0]
  return profiles.map((profile, index) => {
    const number = String(options.first + index).padStart(width, '0')
    const id = store.nextId('endpoint')
    const record: EndpointRecord = {
      id,
      name: `Traffic ${number}`,
      apiVersion: settings.variant.apiVersions[0],
      webhookUrl: simulatedReceiverUrl(`traffic-${number}`, profile),
      topics: options.topics ?? someTopics(random),
      businessEstablishments: null,
      status: 'active',
      contentType: 'default',
      secret: randomBytes(48).toString('base64url'),
      applicationId: client?.applicationId ?? client?.id ?? 'console-dev',
      createdAt,
      lastUpdatedAt: createdAt,
      consecutiveFailures: 0,
    }
    store.endpoints.set(id, record)
    return { record, profile }
  })
}

function profilesFor(count: number, mix: NonNullable<TrafficOptions['mix']>): ReceiverProfile[] {
  const profiles: ReceiverProfile[] = []
  for (const profile of receiverProfiles) {
    if (profile === 'healthy') continue
    const wanted = Math.round((mix[profile] ?? 0) * count)
    for (let i = 0; i < wanted && profiles.length < count; i++) profiles.push(profile)
  }
  while (profiles.length < count) profiles.push('healthy')
  return profiles
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const [a, b] = [items[i], items[j]]
    if (a !== undefined && b !== undefined) [items[i], items[j]] = [b, a]
  }
  return items
}
