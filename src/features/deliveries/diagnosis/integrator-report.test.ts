import i18next from 'i18next'
import { expect, test } from 'vitest'
import type { WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { buildIntegratorReport, redactUrl } from './integrator-report'

const signature = '1g8fWtL9t+qFkvXoYVa7/8xD5q32GSG1GswNZxnke+w='
// A row of the console's history: it holds no payload, only the topic and the resource's id.
const delivery = { id: 'd1', status: 'failed', topic: 'employee.updated' } as const
const attempt = {
  id: 'a1',
  webhookDelivery: { id: 'd1' },
  isSuccessful: false,
  responseStatusCode: 404,
  errorResponseBody: 'Cannot POST /hooks',
  signature,
  createdAt: '2026-01-01T10:00:01Z',
} as WebhookDeliveryAttempt

test('the report names the failure, its diagnosis and the fix, and carries no secret', async () => {
  await i18next.loadNamespaces('deliveries/diagnosis')
  const t = i18next.getFixedT('en', 'deliveries/diagnosis')
  const report = buildIntegratorReport(
    {
      endpoint: {
        id: '7',
        name: 'Payroll',
        webhookUrl: 'https://user:pw@hooks.example.com/in?token=abc',
        status: 'suspended',
      },
      deliveries: [delivery],
      attempts: [attempt],
      generatedAt: new Date('2026-01-01T11:00:00Z'),
    },
    t,
  )
  expect(report).toContain('https://hooks.example.com/in?…')
  expect(report).toContain('404')
  expect(report).toContain('Cannot POST /hooks')
  expect(report).toContain('The receiver’s address does not exist (HTTP 404 or 410)')
  for (const secret of [signature, 'token=abc', 'pw']) expect(report).not.toContain(secret)
})

test('the report follows the admin’s language', async () => {
  await i18next.loadLanguages('fr')
  await i18next.loadNamespaces('deliveries/diagnosis')
  const t = i18next.getFixedT('fr', 'deliveries/diagnosis')
  const report = buildIntegratorReport(
    {
      endpoint: { id: '7', webhookUrl: 'https://hooks.example.com/in', status: 'active' },
      deliveries: [delivery],
      attempts: [attempt],
      generatedAt: new Date(),
    },
    t,
  )
  expect(report).toContain('L’adresse du serveur récepteur n’existe pas')
  // Status words and the colon follow French too; no English word is left outside the technical lines.
  expect(report).toContain('Statut du point de terminaison : actif')
  expect(report).not.toMatch(/\bactive\b/)
  expect(report).toContain('L’adresse du serveur récepteur n’existe pas (HTTP 404 ou 410) : ')
})

test('an unparsable URL is not echoed', () => {
  expect(redactUrl('not a url with secret')).toBe('…')
})
