import { Code, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { ChoiceChips } from '../../components/choice-chips'
import { FieldList } from './field-list'
import type { CatalogLanguage } from './use-catalog'
import { examplePayload, type MessageFormat, type TopicCatalog } from '../../lib/topic-catalog'

const formats: MessageFormat[] = ['default', 'cloudEvents']

/** What a receiver gets for the topic, switchable by message format, in Lucca's API version. */
export function ExamplePayload({
  catalog,
  topic,
  language,
}: {
  catalog: TopicCatalog
  topic: string
  language: CatalogLanguage
}) {
  const ui = catalog.ui[language]
  const [format, setFormat] = useState<MessageFormat>('default')
  // Lucca publishes one version: a second would need its own examples, and a switch here (ADR 0016).
  const version = catalog.apiVersions[0] ?? ''
  const json = JSON.stringify(examplePayload(catalog, topic, format, version), null, 2)
  return (
    <Stack gap="xs">
      <Group gap="md" wrap="wrap">
        <ChoiceChips
          label={ui.format}
          value={format}
          options={formats.map((value) => ({ value, label: ui[value] }))}
          onChange={setFormat}
        />
        <Text size="sm">
          {ui.version} {version}
        </Text>
      </Group>
      {/* Wraps inside itself: at 390 px the page never scrolls sideways. */}
      <Code
        block
        tabIndex={0}
        role="region"
        aria-label={ui.example}
        style={{ maxHeight: 480, overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {json}
      </Code>
      <Title order={3} size="h5">
        {ui.envelope}
      </Title>
      <FieldList fields={catalog.envelopes[format]} language={language} ui={ui} />
    </Stack>
  )
}
