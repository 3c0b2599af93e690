import { pino, type DestinationStream, type Logger } from 'pino'

/**
 * Values that must never reach a log line whatever field they hide in: client secrets and every
 * token obtained. Path-based redaction below covers the known places; this scrub covers the rest.
 */
export class SecretRegistry {
  private readonly values = new Set<string>()

  add(value: string): void {
    // Short values would blank out ordinary words; real secrets are long.
    if (value.length >= 8) this.values.add(value)
  }

  /** For the leak checks in tests: every value that must never show. */
  snapshot(): string[] {
    return [...this.values]
  }

  scrub(line: string): string {
    let out = line
    for (const value of this.values) if (out.includes(value)) out = out.split(value).join('[Redacted]')
    return out
  }
}

const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'password',
  '*.password',
  'clientSecret',
  '*.clientSecret',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'access_token',
  '*.access_token',
]

export function createLogger(
  level: string,
  secrets: SecretRegistry,
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[Redacted]' },
      hooks: { streamWrite: (line) => secrets.scrub(line) },
    },
    destination,
  )
}
