import { expect, test } from 'vitest'
import { createLogger, SecretRegistry } from '../logger.ts'
import { LeakWatch } from './leak-watch.ts'

test('cookies, authorization, secrets and known token values are redacted from log lines', () => {
  const watch = new LeakWatch()
  const secrets = new SecretRegistry()
  const logger = createLogger('info', secrets, watch.stream)
  secrets.add('tok_registered_value_123')
  logger.info(
    {
      req: {
        headers: {
          cookie: '__Host-console-session=cookie-value-123',
          authorization: 'Bearer header-token-123',
        },
      },
      headers: { cookie: 'plain-cookie-value-123' },
      clientSecret: 'client-secret-value-123',
      password: 'password-value-123',
      body: { secret: 'webhook-secret-value-123', access_token: 'oauth-token-value-123' },
    },
    'upstream said tok_registered_value_123',
  )
  const output = watch.logs.join('')
  expect(output).toContain('[Redacted]')
  for (const value of [
    'cookie-value-123',
    'header-token-123',
    'plain-cookie-value-123',
    'client-secret-value-123',
    'password-value-123',
    'webhook-secret-value-123',
    'oauth-token-value-123',
    'tok_registered_value_123',
  ]) {
    expect(output).not.toContain(value)
  }
})

test('each request is logged with the request id the client sees in X-Request-Id', async () => {
  const { startTestConsole, testConfig } = await import('./harness.ts')
  const proxy = await startTestConsole(await testConfig(null))
  try {
    const response = await proxy.call('/healthz')
    const id = response.headers.get('x-request-id') ?? 'missing'
    const lines = proxy.watch.logs.filter((line) => line.includes(id))
    expect(lines.length).toBeGreaterThanOrEqual(2)
    expect(lines.every((line) => JSON.parse(line).reqId === id)).toBe(true)
  } finally {
    await proxy.close()
  }
  expect(proxy.watch.leaks()).toEqual([])
})
