import { expect, test } from 'vitest'
import { LeakWatch } from '../../testing/leak-watch.ts'
import { startStack } from '../../testing/stack.ts'
import { createLogger, SecretRegistry } from './logger.ts'

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
  const stack = await startStack({ console: { run: 'in-process' } })
  try {
    const response = await stack.call('/healthz')
    const id = response.headers.get('x-request-id') ?? 'missing'
    const lines = stack.console.watch.logs.filter((line) => line.includes(id))
    expect(lines.length).toBeGreaterThanOrEqual(2)
    expect(lines.every((line) => JSON.parse(line).reqId === id)).toBe(true)
  } finally {
    await stack.close()
  }
  expect(stack.console.watch.leaks()).toEqual([])
})

test('listening beyond loopback without PUBLIC_ORIGIN warns at start; on loopback it does not', async () => {
  const warnings = async (env: Record<string, string>) => {
    const stack = await startStack({ console: { run: 'in-process' }, env })
    await stack.close()
    return stack.console.watch.logs.filter((line) => line.includes('without PUBLIC_ORIGIN'))
  }
  expect(await warnings({ HOST: '0.0.0.0' })).toHaveLength(1)
  expect(await warnings({ HOST: '0.0.0.0', PUBLIC_ORIGIN: 'https://webhooks.example.com' })).toHaveLength(0)
  expect(await warnings({})).toHaveLength(0)
})
