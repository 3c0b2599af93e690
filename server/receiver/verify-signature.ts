import { createHmac, timingSafeEqual } from 'node:crypto'

const toleranceMs = 5 * 60_000

/**
 * Lucca's receiver-side check (lucca-api.md §7.4): HMAC-SHA256 over `timestamp + "." + raw body`, keyed with
 * the endpoint secret as UTF-8, compared in constant time; timestamps more than 5 minutes off are refused.
 */
export function verifyLuccaSignature(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  rawBody: Buffer | string,
  now = Date.now(),
): boolean {
  if (!timestamp || !signature) return false
  const sentAt = Date.parse(timestamp)
  if (Number.isNaN(sentAt) || Math.abs(now - sentAt) > toleranceMs) return false
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest()
  const given = Buffer.from(signature, 'base64')
  return given.length === mac.length && timingSafeEqual(given, mac)
}
