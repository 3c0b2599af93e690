import { Code, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebhookEndpoint } from '../../lib/lucca-client'
import { TopicsCell } from './list/topics-cell'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} component="div">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </Stack>
  )
}

/** The endpoint's fields as Lucca returns them; its URL and status are in the page's header and banner. */
export function EndpointFacts({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t, i18n } = useTranslation('endpoints')
  const date = (iso: string | undefined) =>
    iso
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        )
      : '—'
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
      <Fact label={t('detail.fields.name')}>{endpoint.name ?? '—'}</Fact>
      <Fact label={t('detail.fields.id')}>
        <Code>{endpoint.id}</Code>
      </Fact>
      <Fact label={t('detail.fields.topics')}>
        <TopicsCell topics={endpoint.topics} expandedByDefault />
      </Fact>
      <Fact label={t('detail.fields.contentType')}>
        {endpoint.contentType === 'cloudEvents'
          ? t('detail.contentTypes.cloudEvents')
          : t('detail.contentTypes.default')}
      </Fact>
      <Fact label={t('detail.fields.apiVersion')}>{endpoint.apiVersion ?? '—'}</Fact>
      <Fact label={t('detail.fields.establishments')}>
        {endpoint.businessEstablishments?.length
          ? endpoint.businessEstablishments.map((reference) => reference.id).join(', ')
          : t('detail.allEstablishments')}
      </Fact>
      <Fact label={t('detail.fields.createdAt')}>{date(endpoint.createdAt)}</Fact>
      <Fact label={t('detail.fields.lastUpdatedAt')}>{date(endpoint.lastUpdatedAt)}</Fact>
    </SimpleGrid>
  )
}
