export type TopicChange = 'created' | 'updated' | 'deleted'

// Subscribable resource topics (lucca-api.md §8), grouped by resource for the picker. `ping` and
// `confirmation` are system topics Lucca always sends, so they are not offered.
export const topicGroups = [
  { resource: 'employee', changes: ['created', 'updated', 'deleted'] },
  { resource: 'employment', changes: ['created', 'updated', 'deleted'] },
  { resource: 'job-position', changes: ['created', 'updated', 'deleted'] },
  { resource: 'employee-extension', changes: ['created', 'updated', 'deleted'] },
  { resource: 'employee-personal-record', changes: ['created', 'updated'] },
  { resource: 'legal-entity', changes: ['created', 'updated', 'deleted'] },
  { resource: 'business-establishment', changes: ['created', 'updated', 'deleted'] },
  { resource: 'department', changes: ['created', 'updated', 'deleted'] },
  { resource: 'job-qualification', changes: ['created', 'updated', 'deleted'] },
  { resource: 'occupation-category', changes: ['created', 'updated', 'deleted'] },
  { resource: 'leave', changes: ['created', 'updated', 'deleted'] },
  { resource: 'leave-request', changes: ['created', 'updated', 'deleted'] },
  { resource: 'leave-request-decision', changes: ['created'] },
  { resource: 'calendar-event', changes: ['created', 'updated', 'deleted'] },
] as const satisfies readonly { resource: string; changes: readonly TopicChange[] }[]

export type TopicResource = (typeof topicGroups)[number]['resource']

export type TopicGroup = (typeof topicGroups)[number]

export function topicsOf(group: TopicGroup): string[] {
  return group.changes.map((change) => `${group.resource}.${change}`)
}

/** Splits `leave-request.created` into its resource and change; unknown topics are kept as they are. */
export function parseTopic(topic: string): { resource: string; change: string } {
  const dot = topic.lastIndexOf('.')
  return dot < 0
    ? { resource: topic, change: '' }
    : { resource: topic.slice(0, dot), change: topic.slice(dot + 1) }
}

export function isKnownResource(resource: string): resource is TopicResource {
  return topicGroups.some((group) => group.resource === resource)
}
