import type { WebhookEndpointStatus } from '../../lib/lucca-client'

const stepIds = ['created', 'secretStored', 'challenge', 'signature', 'testDelivered', 'active'] as const
export type StepId = (typeof stepIds)[number]

export interface OnboardingFacts {
  endpointStatus: WebhookEndpointStatus | undefined
  /** Lucca never shows the secret again: the admin confirmed storing it in the secret dialog, in this browser. */
  secretStored: boolean
  /** The signature checker said "valid" for this endpoint, in this browser. */
  signatureVerified: boolean
  /** A delivery to this endpoint was delivered. */
  testDelivered: boolean
}

export interface Step {
  id: StepId
  done: boolean
}

/** Where a new integration stands: each step in order, done or not. */
export function checklistOf(facts: OnboardingFacts): Step[] {
  // `suspended` is only reachable from `active`, so the challenge was passed at least once.
  const challenged = facts.endpointStatus === 'active' || facts.endpointStatus === 'suspended'
  const done: Record<StepId, boolean> = {
    created: true,
    secretStored: facts.secretStored,
    challenge: challenged,
    signature: facts.signatureVerified,
    testDelivered: facts.testDelivered,
    active: facts.endpointStatus === 'active' && facts.testDelivered,
  }
  return stepIds.map((id) => ({ id, done: done[id] }))
}

/** Its first two weeks: the checklist is offered on its deliveries page only then. */
export function isNewEndpoint(createdAt: string | undefined, now = Date.now()): boolean {
  const created = createdAt ? Date.parse(createdAt) : Number.NaN
  return now - created < 14 * 24 * 3_600_000
}
