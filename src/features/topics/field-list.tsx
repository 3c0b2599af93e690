import { Badge, Code, Group, Stack, Text } from '@mantine/core'
import type { CatalogField, TopicCatalog } from '../../lib/topic-catalog'
import type { CatalogLanguage } from './use-catalog'

/** Fields as a list rather than a table, so nothing is cut at 390 px: words first, the field's name beside. */
export function FieldList({
  fields,
  language,
  ui,
}: {
  fields: CatalogField[]
  language: CatalogLanguage
  ui: TopicCatalog['ui'][CatalogLanguage]
}) {
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {fields.map((field) => (
        <Stack key={field.name} component="li" gap={2}>
          <Text size="sm">{field[language]}</Text>
          <Group gap={6} wrap="wrap">
            <Code>{field.name}</Code>
            <Text size="xs" c="dimmed" span>
              {field.type}
            </Text>
            {field.personal && (
              <Badge color="orange" variant="light" size="sm">
                {ui.personal}
              </Badge>
            )}
            {field.origin === 'assumed' && (
              <Text size="xs" c="dimmed" fs="italic" span>
                {ui.toConfirm}
              </Text>
            )}
          </Group>
        </Stack>
      ))}
    </Stack>
  )
}
