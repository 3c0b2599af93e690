import type { TFunction } from 'i18next'
import type { AuditEntry } from './audit-client'

const endpointPattern = /^webhook-endpoints\/([^/\s]+)$/
const userPattern = /^users\/([^/\s]+)$/
// A real event sent again; the proxy adds the event's topic when its history knows it.
const redeliveryPattern = /^events\/([^/\s]+)(?: \(([^()\s]+)\))? -> (webhook-endpoints\/[^/\s]+)$/

/**
 * An entry's target in words for an HR admin: "Payroll sync (endpoint 26)" when the trail knows the endpoint's
 * name, "endpoint 26" when it does not, "user olga"; the raw target (`webhook-endpoints/26`) stays a click away
 * for the integrator. Anything this console does not recognise is shown as recorded.
 */
export function describeTarget(
  entry: Pick<AuditEntry, 'target' | 'targetLabel'>,
  t: TFunction<'audit'>,
): string {
  const endpoint = (target: string) => {
    const id = endpointPattern.exec(target)?.[1]
    if (!id || id === '?') return null
    return entry.targetLabel
      ? t('audit.targets.namedEndpoint', { name: entry.targetLabel, id })
      : t('audit.targets.endpoint', { id })
  }
  const { target } = entry
  if (target === 'webhook-endpoints') return entry.targetLabel ?? t('audit.targets.newEndpoint')
  const asEndpoint = endpoint(target)
  if (asEndpoint) return asEndpoint
  const username = userPattern.exec(target)?.[1]
  if (username) return t('audit.targets.user', { username })
  const redelivery = redeliveryPattern.exec(target)
  if (redelivery?.[1] && redelivery[3]) {
    const to = endpoint(redelivery[3])
    if (to) return t('audit.targets.redelivery', { event: redelivery[1], endpoint: to })
  }
  return target
}

/** What an entry touched, for its sentence: the words, and where the console shows it (null: nowhere). */
export function touchedBy(
  entry: Pick<AuditEntry, 'target' | 'targetLabel'>,
  t: TFunction<'audit'>,
): { words: string; href: string | null; event: { id: string; topic: string | null } | null } {
  const redelivery = redeliveryPattern.exec(entry.target)
  const endpointTarget = redelivery?.[3] ?? entry.target
  const endpointId = endpointPattern.exec(endpointTarget)?.[1]
  const username = userPattern.exec(entry.target)?.[1]
  const words = redelivery
    ? describeTarget({ target: endpointTarget, targetLabel: entry.targetLabel }, t)
    : describeTarget(entry, t)
  const href =
    endpointId && endpointId !== '?'
      ? `/endpoints/${encodeURIComponent(endpointId)}`
      : username
        ? '/users'
        : null
  const event = redelivery?.[1] ? { id: redelivery[1], topic: redelivery[2] ?? null } : null
  return { words, href, event }
}
