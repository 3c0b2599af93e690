import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { IconClipboardText } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { lucca, unwrap, type WebhookEndpoint } from '../../../lib/lucca-client'
import { deliveryLogQueries } from '../log/delivery-log-api'
import { buildIntegratorReport } from './integrator-report'
import { useMutationErrorMessage } from '../mutation-error'

const failuresToDetail = 10

/**
 * Two calls on click: the endpoint's latest deliveries from the console's history, then, from Lucca, the
 * attempts of the ones not delivered.
 */
export function CopyReportButton({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation('deliveries/diagnosis')
  const queryClient = useQueryClient()
  const messageOf = useMutationErrorMessage()
  const copy = useMutation({
    mutationFn: async () => {
      const page = await queryClient.fetchQuery(deliveryLogQueries.page({ endpoint: endpoint.id }))
      const failing = page.items
        .filter((row) => row.status !== 'delivered' && row.attemptsCount > 0)
        .slice(0, failuresToDetail)
        .map((row) => row.id)
      const attempts =
        failing.length === 0
          ? []
          : (
              await unwrap(
                lucca.GET('/lucca-api/webhook-delivery-attempts', {
                  params: { query: { 'webhookDelivery.id': failing, limit: 100 } },
                }),
              )
            ).data.items.filter((attempt) => failing.includes(attempt.webhookDelivery.id))
      const report = buildIntegratorReport(
        { endpoint, deliveries: page.items, attempts, generatedAt: new Date() },
        t,
      )
      await navigator.clipboard.writeText(report)
    },
    onSuccess: () => notifications.show({ color: 'teal', message: t('report.copied') }),
    onError: (error) =>
      notifications.show({ color: 'red', title: t('report.copyFailed'), message: messageOf(error) }),
  })
  return (
    <Button
      variant="default"
      leftSection={<IconClipboardText size={16} aria-hidden />}
      loading={copy.isPending}
      onClick={() => copy.mutate()}
    >
      {t('report.copy')}
    </Button>
  )
}
