import { randomBytes } from 'node:crypto'
import type { Clock } from '../clock.ts'
import type { Settings } from '../options.ts'
import type { HttpClient } from './http-client.ts'
import type { Outbox } from './outbox.ts'

interface ChallengeResult {
  ok: boolean
  status: number | null
  reason: string
}

type ChallengeSettings = Pick<Settings, 'skipChallenge' | 'challengeAllowlist' | 'challengeParam'>

/**
 * lucca-api.md §7.2: GET {webhookUrl}?echo=<32 random chars>; passes iff 200 and the body, trimmed and with one
 * pair of surrounding quotes removed, equals the echo. Allow-listed hosts (Zapier) skip it.
 */
export async function runChallenge(
  webhookUrl: string,
  deps: { settings: ChallengeSettings; http: HttpClient; outbox: Outbox; clock: Clock },
  deliveryId: string | null = null,
): Promise<ChallengeResult> {
  const { settings } = deps
  const url = new URL(webhookUrl)
  if (settings.skipChallenge || settings.challengeAllowlist.includes(url.hostname)) {
    return { ok: true, status: null, reason: 'skipped' }
  }
  const echo = randomBytes(24).toString('base64url')
  url.searchParams.append(settings.challengeParam, echo)
  const headers = { 'user-agent': 'Lucca-Webhooks-Emulator/1.0', accept: 'text/plain, */*' }
  const result = await deps.http.send('GET', url.href, headers)
  deps.outbox.add({
    at: new Date(deps.clock.now()).toISOString(),
    kind: 'challenge',
    method: 'GET',
    url: url.href,
    headers,
    body: '',
    responseStatusCode: result.status,
    error: result.error,
    deliveryId,
  })
  if (result.status === null) return { ok: false, status: null, reason: result.error ?? 'no answer' }
  if (result.status !== 200)
    return { ok: false, status: result.status, reason: `receiver answered ${result.status}` }
  const answered = result.body.trim().replace(/^"(.*)"$/s, '$1')
  if (answered !== echo) return { ok: false, status: 200, reason: 'the body did not echo the challenge' }
  return { ok: true, status: 200, reason: 'passed' }
}
