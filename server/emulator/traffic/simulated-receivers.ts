import type { HttpClient, HttpResult } from '../delivery/http-client.ts'
import { seededRandom, seedOf } from './random.ts'

export const receiverProfiles = ['healthy', 'failing', 'flaky', 'gone', 'slow'] as const
export type ReceiverProfile = (typeof receiverProfiles)[number]
interface Receiver {
  host: string
  profile: ReceiverProfile
}

// RFC 2606: `.test` never resolves, so a simulated receiver can never be reached for real by mistake.
const domain = 'receiver.test'

/** Where a simulated receiver with this profile listens: `https://traffic-017.receiver.test/hooks/failing`. */
export function simulatedReceiverUrl(name: string, profile: ReceiverProfile): string {
  return `https://${name}.${domain}/hooks/${profile}`
}

/**
 * Receivers that answer without any network (traffic generator, README): the answer comes from the last path
 * segment of the URL (`healthy` when it names no profile), flaky ones from a PRNG per host. The engine sends
 * to them through its normal transport, so attempts, retries and suspension follow the usual rules.
 */
export class SimulatedReceivers {
  readonly #random = new Map<string, () => number>()
  readonly #receivers = new Map<string, Receiver | null>()
  #seed = 0
  /** POSTs answered since the last reset: the attempts the traffic made. */
  posts = 0

  constructor(private readonly timeoutMs: () => number) {}

  handles(url: string): boolean {
    return this.#receiverAt(url) !== undefined
  }

  /** Flaky receivers draw their answers afresh from `seed`. */
  reseed(seed: number): void {
    this.#seed = seed
    this.#random.clear()
  }

  answer(method: 'GET' | 'POST', href: string): HttpResult {
    const receiver = this.#receiverAt(href) ?? { host: '', profile: 'healthy' }
    if (method === 'POST') this.posts += 1
    const answer = this.#outcome(receiver)
    if (method === 'GET' && answer.status === 202) {
      // The activation challenge (lucca-api.md §7.2): echo the value back.
      const { searchParams } = new URL(href)
      return {
        status: 200,
        body: searchParams.get('echo') ?? searchParams.get('challenge') ?? '',
        error: null,
      }
    }
    return answer
  }

  clear(): void {
    this.reseed(0)
    this.posts = 0
  }

  #outcome({ host, profile }: Receiver): HttpResult {
    switch (profile) {
      case 'healthy':
        return { status: 202, body: '', error: null }
      case 'failing':
        return { status: 500, body: 'simulated receiver: failing', error: null }
      case 'flaky':
        return this.#randomOf(host)() < 0.5
          ? { status: 503, body: 'simulated receiver: flaky', error: null }
          : { status: 202, body: '', error: null }
      case 'gone':
        return { status: 404, body: 'simulated receiver: gone', error: null }
      case 'slow':
        return { status: null, body: '', error: `timeout after ${this.timeoutMs()} ms` }
    }
  }

  /** Parsed once per URL: every attempt comes through here, and URL parsing is not cheap. */
  #receiverAt(href: string): Receiver | undefined {
    const known = this.#receivers.get(href)
    if (known !== undefined) return known ?? undefined
    const url = URL.canParse(href) ? new URL(href) : undefined
    const receiver = url?.hostname.endsWith(`.${domain}`)
      ? { host: url.hostname, profile: profileOf(url) }
      : undefined
    // Challenge URLs carry a fresh echo each time: not worth keeping.
    if (!url?.search) this.#receivers.set(href, receiver ?? null)
    return receiver
  }

  #randomOf(host: string): () => number {
    let random = this.#random.get(host)
    if (!random) {
      random = seededRandom(seedOf(this.#seed, host))
      this.#random.set(host, random)
    }
    return random
  }
}

function profileOf(url: URL): ReceiverProfile {
  const last = url.pathname.split('/').at(-1)
  return receiverProfiles.find((profile) => profile === last) ?? 'healthy'
}

/** The delivery transport: simulated receivers answer in place, every other URL goes out over HTTPS. */
export function withSimulatedReceivers(real: HttpClient, receivers: SimulatedReceivers): HttpClient {
  return {
    send: async (method, url, headers, body) =>
      receivers.handles(url) ? receivers.answer(method, url) : real.send(method, url, headers, body),
    close: () => real.close(),
  }
}
