const encoder = new TextEncoder()

function base64(bytes: ArrayBuffer): string {
  let binary = ''
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

async function hmac(secret: string, payload: string): Promise<ArrayBuffer> {
  // Lucca uses the secret string's UTF-8 bytes as the key: it is not base64-decoded first.
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return crypto.subtle.sign('HMAC', key, encoder.encode(payload))
}

/** Lucca-Signature = Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + raw body)). Runs in the browser only. */
export async function luccaSignature(secret: string, timestamp: string, rawBody: string): Promise<string> {
  return base64(await hmac(secret, `${timestamp}.${rawBody}`))
}

/** Usual mistakes, tried in turn when a signature does not match, so the verdict can say which one it was. */
export type MismatchHint =
  'withoutTimestamp' | 'hexEncoding' | 'secretWhitespace' | 'bodyReformatted' | 'bodyTrailingSpace'

export async function explainMismatch(
  secret: string,
  timestamp: string,
  body: string,
  given: string,
): Promise<MismatchHint | null> {
  if (base64(await hmac(secret, body)) === given) return 'withoutTimestamp'
  if (hex(await hmac(secret, `${timestamp}.${body}`)) === given.toLowerCase()) return 'hexEncoding'
  if (secret.trim() !== secret && (await luccaSignature(secret.trim(), timestamp, body)) === given) {
    return 'secretWhitespace'
  }
  if (body.trimEnd() !== body && (await luccaSignature(secret, timestamp, body.trimEnd())) === given) {
    return 'bodyTrailingSpace'
  }
  try {
    const compact = JSON.stringify(JSON.parse(body))
    if (compact !== body && (await luccaSignature(secret, timestamp, compact)) === given)
      return 'bodyReformatted'
  } catch {
    // Not JSON: nothing to re-serialize.
  }
  return null
}
