import type { TFunction } from 'i18next'
import type { ApiError } from '../../../lib/api-error'
import type { ReceiverProblem } from '../../../../contract/receiver-url'

const MESSAGES = {
  'invalid-url': 'form.errors.urlInvalid',
  'not-https': 'form.errors.urlNotHttps',
  credentials: 'form.errors.urlCredentials',
  loopback: 'form.errors.urlLoopback',
  'private-network': 'form.errors.urlPrivate',
  'link-local': 'form.errors.urlLinkLocal',
  metadata: 'form.errors.urlMetadata',
  reserved: 'form.errors.urlReserved',
  unresolvable: 'form.errors.urlUnresolvable',
} as const satisfies Record<ReceiverProblem, string>

/**
 * What the browser can tell about a receiver URL without an address library: a well-formed https URL,
 * with no user name or password, and not plainly this computer (`localhost`). Private and reserved
 * addresses in all their spellings are the proxy's to refuse (contract/receiver-url.ts): its answer
 * lands on the field through `serverFieldErrors`. The local emulator account can reach this machine.
 */
export function receiverUrlError(
  t: TFunction<'endpoints/form'>,
  value: string,
  allowsPrivateReceivers: boolean,
): string | null {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return t(MESSAGES['invalid-url'])
  }
  if (url.protocol !== 'https:') return t(MESSAGES['not-https'])
  const host = url.hostname.replace(/\.+$/, '')
  const isLocalhost = host === 'localhost' || host.endsWith('.localhost')
  if (isLocalhost && !allowsPrivateReceivers) return t(MESSAGES.loopback, { host })
  return url.username || url.password ? t(MESSAGES.credentials) : null
}

/**
 * A refused save's field errors, keyed as the form's fields: the proxy's receiver refusal in the admin's
 * language (it names the problem and the host), Lucca's own messages as Lucca wrote them.
 */
export function serverFieldErrors(t: TFunction<'endpoints/form'>, error: ApiError): Record<string, string> {
  const found = error.receiver
  if (!found || !Object.hasOwn(MESSAGES, found.problem)) return error.fieldErrors
  const key = MESSAGES[found.problem as ReceiverProblem]
  return { ...error.fieldErrors, webhookUrl: t(key, { host: found.host }) }
}
