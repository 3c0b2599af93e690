import { Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function topicDiff(before: string[], after: string[]) {
  return {
    added: after.filter((topic) => !before.includes(topic)),
    removed: before.filter((topic) => !after.includes(topic)),
  }
}

/** What the edit changes for the receiver: which events start and stop arriving. */
export function TopicImpact({ before, after }: { before: string[]; after: string[] }) {
  const { t } = useTranslation('endpoints/form')
  const { added, removed } = topicDiff(before, after)
  if (added.length === 0 && removed.length === 0) return null
  return (
    <Stack gap={6} aria-live="polite">
      <Text size="sm" fw={600}>
        {t('edit.impactTitle')}
      </Text>
      {added.length > 0 && (
        <Group gap={4}>
          <Text size="sm">{t('edit.added', { count: added.length })}</Text>
          {added.map((topic) => (
            <Badge key={topic} color="teal" variant="light" tt="none">
              + {topic}
            </Badge>
          ))}
        </Group>
      )}
      {removed.length > 0 && (
        <Group gap={4}>
          <Text size="sm">{t('edit.removed', { count: removed.length })}</Text>
          {removed.map((topic) => (
            <Badge key={topic} color="red" variant="light" tt="none">
              − {topic}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  )
}
