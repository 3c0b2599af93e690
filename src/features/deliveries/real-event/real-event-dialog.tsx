import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'
import { QueryError } from '../../../components/query-error'
import { addressOf } from '../../../lib/lucca-client'
import { useRedeliver } from '../delivery-mutations'
import { deliveryLogQueries } from '../log/delivery-log-api'
import { useMutationErrorMessage } from '../mutation-error'

export interface RealEventTarget {
  endpointId: string
  topics: string[]
  webhookUrl: string
  topicLabel: (topic: string) => string
}

const SHOWN = 5

/**
 * Recent events of a topic come from the console's history (its latest deliveries of that topic), so finding
 * them costs Lucca nothing; sending one is Lucca's manual redelivery, audited as such.
 */
export function RealEventDialog({
  endpointId,
  topics,
  webhookUrl,
  topicLabel,
  onClose,
}: RealEventTarget & { onClose: () => void }) {
  const { t, i18n } = useTranslation('deliveries')
  const navigate = useNavigate()
  const [topic, setTopic] = useState(topics[0] ?? '')
  const [eventId, setEventId] = useState<string | null>(null)
  // A few more deliveries than shown: one event delivered to several endpoints is listed once.
  const recent = useQuery(deliveryLogQueries.page({ topic }, null, SHOWN * 4))
  const redeliver = useRedeliver()
  const messageOf = useMutationErrorMessage()
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const events = [...new Map((recent.data?.items ?? []).map((row) => [row.eventId, row])).values()]
  const host = URL.canParse(webhookUrl) ? new URL(webhookUrl).host : webhookUrl

  const send = () => {
    if (!eventId) return
    redeliver.mutate(
      { endpointId, eventId },
      {
        onSuccess: (delivery) => navigate(`/deliveries/${encodeURIComponent(addressOf(delivery))}`),
        onError: (error) =>
          notifications.show({ color: 'red', title: t('realEvent.failed'), message: messageOf(error) }),
      },
    )
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('realEvent.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('realEvent.cancel') }}
    >
      <Stack>
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('realEvent.warning', { host })}
        </Alert>
        <NativeSelect
          label={t('realEvent.topic')}
          value={topic}
          onChange={(event) => {
            setTopic(event.currentTarget.value)
            setEventId(null)
          }}
          data={topics.map((value) => ({ value, label: topicLabel(value) }))}
        />
        {recent.isPending && <LoadingPlaceholder heights={[28, 28, 28]} />}
        {recent.isError && <QueryError error={recent.error} onRetry={() => void recent.refetch()} />}
        {recent.isSuccess && events.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('realEvent.none')}
          </Text>
        )}
        {events.length > 0 && (
          <Radio.Group label={t('realEvent.recent')} value={eventId} onChange={setEventId}>
            <Stack gap="xs" mt="xs">
              {events.slice(0, SHOWN).map((row) => (
                <Radio
                  key={row.eventId}
                  value={row.eventId}
                  label={
                    // The summary is part of the name, so a screen reader hears which record it is about.
                    <>
                      {time.format(new Date(row.createdAt))}
                      <Text span display="block" size="xs" c="dimmed">
                        {row.resourceId
                          ? t('realEvent.about', { topic: topicLabel(topic), id: row.resourceId })
                          : topicLabel(topic)}
                      </Text>
                    </>
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('realEvent.cancel')}
          </Button>
          <Button disabled={!eventId} loading={redeliver.isPending} onClick={send}>
            {t('realEvent.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
