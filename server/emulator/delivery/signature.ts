import { createHmac } from 'node:crypto'

/** lucca-api.md §7.4: Base64(HMAC-SHA256(secret as UTF-8, timestamp + "." + raw body)). */
export function signLucca(secret: string, timestamp: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('base64')
}

/** `Lucca-Timestamp` has second precision: 2025-01-01T08:34:23Z. */
export function luccaTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
