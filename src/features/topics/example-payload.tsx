import { Code, Group, Stack, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChoiceChips } from '../../components/choice-chips'
import { FieldList } from './field-list'
import { examplePayload, type MessageFormat, type TopicCatalog } from '../../lib/topic-catalog'

const formats: MessageFormat[] = ['default', 'cloudEvents']

/** What a receiver gets for the topic, switchable by message format and API version. */
export function ExamplePayload({
  catalog,
  topic,
  language,
}: {
  catalog: TopicCatalog
  topic: string
  language: 'en' | 'fr'
}) {
  const { t } = useTranslation('topics')
  const [format, setFormat] = useState<MessageFormat>('default')
  const [version, setVersion] = useState(catalog.apiVersions[0] ?? '')
  const json = JSON.stringify(examplePayload(catalog, topic, format, version), null, 2)
  return (
    <Stack gap="xs">
      <Group gap="md" wrap="wrap">
        <ChoiceChips
          label={t('topic.format')}
          value={format}
          options={formats.map((value) => ({ value, label: t(`topic.formats.${value}`) }))}
          onChange={setFormat}
        />
        <ChoiceChips
          label={t('topic.version')}
          value={version}
          options={catalog.apiVersions.map((value) => ({ value, label: value }))}
          onChange={setVersion}
        />
      </Group>
      {/* Wraps inside itself: at 390 px the page never scrolls sideways. */}
      <Code
        block
        tabIndex={0}
        role="region"
        aria-label={t('topic.example')}
        style={{ maxHeight: 480, overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {json}
      </Code>
      <Title order={3} size="h5">
        {t('topic.envelope')}
      </Title>
      <FieldList fields={catalog.envelopes[format]} language={language} />
    </Stack>
  )
}
