import { createHash } from 'node:crypto'

/**
 * The emulator's choices where Lucca's own samples contradict its [E] rules (lucca-api.md §12, rules R1–R6).
 * The default keeps the [E] rules; `lucca-samples` shows what the
 * samples show, all at once, so that a client relying on an [E] rule fails here rather than against Lucca.
 */
export interface Variant {
  /** §2.6: `W/"…"`, or the unquoted `W/…` of the samples (R5). */
  etagStyle: 'quoted' | 'bare'
  /** §5.2: a new delivery's id, from its creation number (1, 2, …) and a fresh UUID. */
  deliveryId(sequence: number, uuid: string): string
  /** §5.1: the last segment of an endpoint's `url`, the only path it is served at (R3). */
  endpointKey(id: string): string
  /** §7.6: `nextAttemptAt` once an attempt succeeded; `planned` is when that attempt was due (R1). */
  deliveredNextAttemptAt(planned: string | null, attemptsCount: number): string | null
  /** §6.9: the status answering POST /webhook-deliveries (R6). */
  deliveryCreatedStatus: 201 | 202
  /** §5.3: an attempt's `signature` as the API shows it; the header sent is always the real one (R2). */
  attemptSignature(sent: string): string
  /** §5.1, §7.1: the data versions an endpoint may pin, the default first; one event per version (R4). */
  apiVersions: readonly [string, ...string[]]
}

export const variantNames = ['lucca-samples'] as const
export type VariantName = (typeof variantNames)[number]

const standard: Variant = {
  etagStyle: 'quoted',
  deliveryId: (_sequence, uuid) => uuid,
  endpointKey: (id) => id,
  deliveredNextAttemptAt: () => null,
  deliveryCreatedStatus: 202,
  attemptSignature: (sent) => sent,
  apiVersions: ['2024-11-01'],
}

const luccaSamples: Variant = {
  etagStyle: 'bare',
  // "87" beside UUIDs: odd creation numbers keep their number, so the two forms alternate in every list.
  deliveryId: (sequence, uuid) => (sequence % 2 === 1 ? String(sequence) : uuid),
  // Like 93847DF7FDSF6D87SF: derived from the id, so it survives a restart, but not built from it.
  endpointKey: (id) =>
    [...sha512(`endpoint-url-key:${id}`).subarray(0, 18)]
      .map((byte) => (byte % 36).toString(36))
      .join('')
      .toUpperCase(),
  deliveredNextAttemptAt: (planned, attemptsCount) => (attemptsCount > 1 ? planned : null),
  deliveryCreatedStatus: 201,
  attemptSignature: (sent) => sha512(`attempt-signature:${sent}`).toString('hex').slice(0, 108).toUpperCase(),
  apiVersions: ['2024-01-01', '2024-11-01'],
}

export function variantFor(name: VariantName | undefined): Variant {
  return name === 'lucca-samples' ? luccaSamples : standard
}

function sha512(text: string): Buffer {
  return createHash('sha512').update(text).digest()
}
