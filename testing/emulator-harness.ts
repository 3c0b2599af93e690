import { expect } from 'vitest'
import { buildEmulator, type Emulator } from '../server/emulator/app.ts'
import { createClock } from '../server/emulator/clock.ts'
import type { EmulatorOptions, Scope } from '../server/emulator/options.ts'
import { createContractValidator, type CheckedResponse } from './openapi-validator.ts'

const checkContract = createContractValidator()
// lucca-api.md §6.9, §10: Lucca's 2024-11-01 file answers 201 here and its newer page 202, but
// contract/openapi.yaml declares only 202. The lucca-samples variant answers 201 with the same body, so it is checked as the 202.
const checkSamples = createContractValidator(undefined, [
  { method: 'POST', path: '/lucca-api/webhook-deliveries', status: 201, checkedAs: 202 },
])

/** Fails the running test when a response drifts from contract/openapi.yaml. */
export function expectContract(response: CheckedResponse, check = checkContract): void {
  expect(check(response).join('\n'), `${response.method} ${response.url}`).toBe('')
}

export interface CallOptions {
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
  /** false: no Authorization header; a string: that token. Default: a token with every scope. */
  token?: string | false
  apiVersion?: string | false
}

export interface CallResult {
  status: number
  headers: Record<string, string | string[] | number | undefined>
  text: string
  json: unknown
}

/**
 * An in-process emulator (app.inject, memory store, no rate limit, frozen clock unless given) whose every
 * /lucca-api and /connect/token response is checked against the contract.
 */
export async function emulatorHarness(options: EmulatorOptions = {}) {
  const clock = createClock({ start: '2026-01-01T08:00:00Z', frozen: true })
  const emulator: Emulator = await buildEmulator({ store: 'memory', rateLimit: 'off', clock, ...options })
  const check = options.variants ? checkSamples : checkContract
  const token = async (scope?: readonly Scope[]) => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'console-dev',
      client_secret: 'console-dev-secret',
      ...(scope ? { scope: scope.join(' ') } : {}),
    })
    const res = await call('POST', '/connect/token', {
      rawBody: form.toString(),
      headers: formType,
      token: false,
    })
    return (res.json as { access_token: string }).access_token
  }
  // Re-read per call: tests move the clock by days, past any token's lifetime.
  const call = async (method: string, url: string, options: CallOptions = {}): Promise<CallResult> => {
    const isApi = url.startsWith('/lucca-api')
    const auth = options.token === false ? undefined : (options.token ?? (isApi ? await token() : undefined))
    const headers: Record<string, string> = {
      ...(isApi && options.apiVersion !== false ? { 'api-version': options.apiVersion ?? '2024-11-01' } : {}),
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    }
    const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
    const res = await emulator.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    })
    const checked = { method, url, status: res.statusCode, headers: res.headers, body: res.rawPayload }
    if (isApi || url.startsWith('/connect/token')) expectContract(checked, check)
    let json: unknown
    try {
      json = res.payload === '' ? undefined : JSON.parse(res.payload)
    } catch {
      json = undefined
    }
    return { status: res.statusCode, headers: res.headers, text: res.payload, json }
  }
  return { emulator, call, token }
}

const formType = { 'content-type': 'application/x-www-form-urlencoded' }
