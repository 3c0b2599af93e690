import { Code, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ForYourDeveloper } from '../../components/for-your-developer'
import type { WebhookEndpoint } from '../../lib/lucca-client'
import { TopicsCell } from './list/topics-cell'
import { dateTimeFormat } from '../../lib/format'

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
      ? dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
      : '—'
  const format =
    endpoint.contentType === 'cloudEvents'
      ? t('detail.contentTypes.cloudEvents')
      : t('detail.contentTypes.default')
  const technical: [string, string][] = [
    [t('detail.fields.id'), endpoint.id],
    [t('detail.fields.contentType'), format],
    [t('detail.fields.apiVersion'), endpoint.apiVersion ?? '—'],
    [t('detail.fields.topicIds'), endpoint.topics.join(', ')],
  ]
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
        <Fact label={t('detail.fields.name')}>{endpoint.name ?? '—'}</Fact>
        <Fact label={t('detail.fields.topics')}>
          <TopicsCell topics={endpoint.topics} expandedByDefault />
        </Fact>
        <Fact label={t('detail.fields.establishments')}>
          {endpoint.businessEstablishments?.length
            ? endpoint.businessEstablishments.map((reference) => reference.id).join(', ')
            : t('detail.allEstablishments')}
        </Fact>
        <Fact label={t('detail.fields.createdAt')}>{date(endpoint.createdAt)}</Fact>
        <Fact label={t('detail.fields.lastUpdatedAt')}>{date(endpoint.lastUpdatedAt)}</Fact>
      </SimpleGrid>
      <ForYourDeveloper
        copyText={[[t('detail.fields.webhookUrl'), endpoint.webhookUrl], ...technical]
          .map(([label, value]) => `${label}: ${value}`)
          .join('\n')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
          {technical.map(([label, value]) => (
            <Fact key={label} label={label}>
              <Code>{value}</Code>
            </Fact>
          ))}
        </SimpleGrid>
      </ForYourDeveloper>
    </Stack>
  )
}
