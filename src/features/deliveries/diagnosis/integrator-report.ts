import type { TFunction } from 'i18next'
import type { WebhookDelivery, WebhookDeliveryAttempt, WebhookEndpoint } from '../../../lib/lucca-client'
import type { DeliveryRow } from '../log/delivery-log-client'
import { diagnose, type DiagnosisKind } from './diagnosis'

interface ReportInput {
  endpoint: Pick<WebhookEndpoint, 'id' | 'name' | 'webhookUrl' | 'status'>
  /** The endpoint's latest deliveries, from the console's history. */
  deliveries: Pick<DeliveryRow, 'id' | 'status' | 'topic'>[]
  attempts: WebhookDeliveryAttempt[]
  generatedAt: Date
}

const maxFailures = 10
const maxBody = 300

/** Credentials sometimes ride in a receiver URL (`?token=`, `user:pass@`): the report keeps origin and path. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value)
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`
  } catch {
    return '…'
  }
}

/**
 * A plain-text summary of recent failures for whoever runs the receiver. It never contains the endpoint
 * secret (the console never has it), signatures, event payloads or query strings.
 */
export function buildIntegratorReport(input: ReportInput, t: TFunction<'deliveries/diagnosis'>): string {
  const { endpoint, deliveries, attempts } = input
  const count = (status: WebhookDelivery['status']) =>
    deliveries.filter((row) => row.status === status).length
  const topicOf = new Map(deliveries.map((row) => [row.id, row.topic ?? '?']))
  const failures = attempts
    .filter((attempt) => !attempt.isSuccessful && topicOf.has(attempt.webhookDelivery.id))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, maxFailures)

  const lines = [
    t('report.heading'),
    t('report.endpoint', { name: endpoint.name ?? '—', id: endpoint.id }),
    t('report.url', { url: redactUrl(endpoint.webhookUrl) }),
    t('report.endpointStatus', {
      status: endpoint.status ? t(`report.statuses.${endpoint.status}`) : '—',
    }),
    t('report.generated', { at: input.generatedAt.toISOString() }),
    t('report.counts', {
      total: deliveries.length,
      delivered: count('delivered'),
      undelivered: count('undelivered'),
      failed: count('failed'),
    }),
    '',
  ]
  if (failures.length === 0) lines.push(t('report.noFailures'))
  else lines.push(t('report.failuresHeading'))
  const kinds = new Set<DiagnosisKind>()
  for (const attempt of failures) {
    const kind = diagnose(attempt) ?? 'network'
    kinds.add(kind)
    const code = attempt.responseStatusCode ?? t('report.noResponse')
    lines.push(
      `- ${attempt.createdAt} · ${topicOf.get(attempt.webhookDelivery.id)} · ${code} · ${t(`diagnosis.${kind}.title`)}`,
    )
    const body = (attempt.errorResponseBody ?? '').replace(/\s+/g, ' ').trim()
    if (body)
      lines.push(`  ${t('report.body')} ${body.length > maxBody ? `${body.slice(0, maxBody)}…` : body}`)
  }
  for (const kind of kinds)
    lines.push(
      '',
      t('report.cause', {
        title: `${t(`diagnosis.${kind}.title`)} (${t(`diagnosis.${kind}.code`)})`,
        cause: t(`diagnosis.${kind}.cause`),
      }),
    )
  lines.push('', t('report.signatureScheme'), t('report.noSecrets'))
  return lines.join('\n')
}
