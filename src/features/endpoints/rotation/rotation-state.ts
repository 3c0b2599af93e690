import { addressOf, type WebhookEndpoint, type WebhookEndpointCreate } from '../../../lib/lucca-client'

type Named = { id: string; url?: string | undefined; name?: string | null | undefined; webhookUrl: string }

// Lucca's endpoints have no metadata field: the twin's name, its one free-form field, carries the old
// endpoint's address at its end, "Payroll (replaces #456789412)", in whichever language the admin spoke.
const marker = /\s*\([^()#]*#([\w-]{1,64})\)$/

/** The address of the endpoint this one replaces, when it is a rotation's twin; else null. */
export function replacedAddress(endpoint: { name?: string | null | undefined }): string | null {
  return marker.exec(endpoint.name ?? '')?.[1] ?? null
}

/** A twin points at the old endpoint by address and still delivers to the same receiver. */
export function isTwinOf(candidate: Named, old: Named): boolean {
  return (
    candidate.id !== old.id &&
    replacedAddress(candidate) === addressOf(old) &&
    candidate.webhookUrl === old.webhookUrl
  )
}

/** The name without the rotation's marker: what the twin is called once the rotation is over. */
export function baseName(endpoint: Named): string {
  const name = endpoint.name?.replace(marker, '').trim()
  return name || new URL(endpoint.webhookUrl).host
}

/** The twin: everything the old endpoint delivers, to the same receiver; active, so it can be tested. */
export function twinOf(old: WebhookEndpoint, replaces: (address: string) => string): WebhookEndpointCreate {
  const suffix = ` (${replaces(`#${addressOf(old)}`)})`
  return {
    name: baseName(old).slice(0, 255 - suffix.length) + suffix,
    webhookUrl: old.webhookUrl,
    topics: old.topics,
    status: 'active',
    ...(old.apiVersion ? { apiVersion: old.apiVersion } : {}),
    ...(old.contentType ? { contentType: old.contentType } : {}),
    ...(old.businessEstablishments !== undefined
      ? { businessEstablishments: old.businessEstablishments }
      : {}),
  }
}

/**
 * Where a rotation stands, from what Lucca holds: `old` and `twin` as Lucca returns them, null when absent.
 * Showing the secret (step 2) and the admin's confirmation (step 4) live only in the open page; reopened,
 * a rotation resumes at the next step Lucca's state can tell. `finish`: the old one is gone, and the twin's
 * name still says it replaces it (once renamed, the twin is an endpoint like any other).
 */
export type RotationStep = 'create' | 'overlap' | 'retire' | 'finish'

export function rotationStep(old: WebhookEndpoint | null, twin: WebhookEndpoint | null): RotationStep {
  if (!twin) return 'create'
  if (old) return old.status === 'inactive' ? 'retire' : 'overlap'
  return 'finish'
}
