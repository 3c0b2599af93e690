import { Badge, Code, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CatalogField } from '../../lib/topic-catalog'

/** Fields as a list rather than a table, so nothing is cut at 390 px: words first, the field's name beside. */
export function FieldList({ fields, language }: { fields: CatalogField[]; language: 'en' | 'fr' }) {
  const { t } = useTranslation('topics')
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
                {t('topic.personal')}
              </Badge>
            )}
            {field.origin === 'assumed' && (
              <Text size="xs" c="dimmed" fs="italic" span>
                {t('topic.toConfirm')}
              </Text>
            )}
          </Group>
        </Stack>
      ))}
    </Stack>
  )
}
