import { Button } from '@mantine/core'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { IconRepeat } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { deliveryQueries } from '../deliveries-api'
import { deliveryLogApi, type DeliveryRow } from '../log/delivery-log-client'
import { planRecovery, type RecoveryWindow } from './recovery-plan'

/** The span "Resend all failed" covers: the endpoint health's 7 days. */
const spanMs = 7 * 24 * 3_600_000
const maxPages = 10

/**
 * The recovery's own count, from the console's history rather than from Lucca: a look at a failing endpoint
 * costs none of the account's shared request budget. The recovery counts again from Lucca before it sends.
 */
const failedCountQuery = (endpointId: string, window: RecoveryWindow) =>
  queryOptions({
    // Under `lists()`: the history's stream marks it for reading again when a delivery changes.
    queryKey: [...deliveryQueries.lists(), 'resend-all', endpointId, window],
    queryFn: async () => {
      const rows: DeliveryRow[] = []
      let cursor: string | null = null
      for (let page = 0; page < maxPages; page++) {
        const filters = { endpoint: endpointId, from: new Date(window.from).toISOString() }
        const { items, next } = await deliveryLogApi.page(filters, cursor, 100)
        rows.push(...items)
        cursor = next
        if (!cursor) break
      }
      const planned = rows.map((row) => ({
        delivery: { ...row, webhookEndpoint: { id: row.endpointId }, event: { id: row.eventId } },
        event: { topic: row.topic ?? '', occurredAt: row.createdAt },
      }))
      return planRecovery(planned, endpointId, window).length
    },
  })

/**
 * "Redeliver the 12 failed deliveries": into the recovery, its window set and its count started, so the admin
 * sees the count there before anything is sent. Nothing shows while there is nothing to resend.
 */
export function ResendAllButton({ endpointId, address }: { endpointId: string; address: string }) {
  const { t } = useTranslation('deliveries/recovery')
  const window = windowNow()
  const count = useQuery(failedCountQuery(endpointId, window)).data ?? 0
  if (count === 0) return null
  return (
    <Button
      component={Link}
      to={`/endpoints/${encodeURIComponent(address)}/recover?from=${window.from}`}
      leftSection={<IconRepeat size={16} aria-hidden />}
    >
      {t('recovery.resendAll', { count })}
    </Button>
  )
}

/** Rounded to the minute, so renders within it ask for the same window (and the same cache entry). */
function windowNow(): RecoveryWindow {
  const minute = Math.floor(Date.now() / 60_000) * 60_000
  return { from: minute - spanMs, to: minute + 120_000, topics: [] }
}
