import type { TFunction } from 'i18next'
import type { AuditEntry } from './audit-client'

const endpointPattern = /^webhook-endpoints\/([^/\s]+)$/
const userPattern = /^users\/([^/\s]+)$/
const redeliveryPattern = /^events\/([^/\s]+) -> (webhook-endpoints\/[^/\s]+)$/

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
  if (redelivery?.[1] && redelivery[2]) {
    const to = endpoint(redelivery[2])
    if (to) return t('audit.targets.redelivery', { event: redelivery[1], endpoint: to })
  }
  return target
}
