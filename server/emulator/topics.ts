import type { components } from '../../contract/lucca-api'

type KnownTopic = components['schemas']['KnownTopic']

const resources = {
  employee: ['created', 'updated', 'deleted'],
  employment: ['created', 'updated', 'deleted'],
  'job-position': ['created', 'updated', 'deleted'],
  'employee-extension': ['created', 'updated', 'deleted'],
  'employee-personal-record': ['created', 'updated'],
  'legal-entity': ['created', 'updated', 'deleted'],
  'business-establishment': ['created', 'updated', 'deleted'],
  department: ['created', 'updated', 'deleted'],
  'job-qualification': ['created', 'updated', 'deleted'],
  'occupation-category': ['created', 'updated', 'deleted'],
  leave: ['created', 'updated', 'deleted'],
  'leave-request': ['created', 'updated', 'deleted'],
  // Only `.created` is named by Lucca (approving a leave request emits it first).
  'leave-request-decision': ['created'],
  'calendar-event': ['created', 'updated', 'deleted'],
} as const

/** lucca-api.md §8 [E]: every resource topic plus test.created; ping and confirmation are not subscribable. */
export const subscribableTopics: readonly KnownTopic[] = [
  ...Object.entries(resources).flatMap(([resource, changes]) =>
    changes.map((change) => `${resource}.${change}` as KnownTopic),
  ),
  'test.created',
]
