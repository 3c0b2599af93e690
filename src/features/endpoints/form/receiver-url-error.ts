import type { TFunction } from 'i18next'
import { checkReceiverUrl, type ReceiverProblem } from '../../../../contract/receiver-url'

const MESSAGES = {
  'invalid-url': 'form.errors.urlInvalid',
  'not-https': 'form.errors.urlNotHttps',
  loopback: 'form.errors.urlLoopback',
  'private-network': 'form.errors.urlPrivate',
  'link-local': 'form.errors.urlLinkLocal',
  metadata: 'form.errors.urlMetadata',
  reserved: 'form.errors.urlReserved',
  unresolvable: 'form.errors.urlUnresolvable',
} as const satisfies Record<ReceiverProblem, string>

/**
 * Why Lucca could not use this receiver URL, in the admin's language, or null when it could. The same
 * check as the proxy's (contract/receiver-url.ts); the local emulator account can reach private hosts.
 */
export function receiverUrlError(
  t: TFunction<'endpoints/form'>,
  value: string,
  allowsPrivateReceivers: boolean,
): string | null {
  const checked = checkReceiverUrl(value)
  if (checked.ok) return null
  const isUrlProblem = checked.problem === 'invalid-url' || checked.problem === 'not-https'
  return allowsPrivateReceivers && !isUrlProblem ? null : t(MESSAGES[checked.problem], { host: checked.host })
}
