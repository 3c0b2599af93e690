import { useId, useState, type ReactNode } from 'react'
import { Anchor, Box, Checkbox, Code, Group, Input, Paper, Stack, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { catalogEntry, topicCatalogQuery } from '../../../lib/topic-catalog'
import { topicGroups, topicsOf } from '../topics'
import { useTopicLabels } from '../use-topic-labels'

interface TopicPickerProps {
  value: string[]
  onChange: (topics: string[]) => void
  error?: ReactNode
}

interface Section {
  key: string
  title: string
  topics: string[]
  /** Offers "all changes" for the resource; not for the topics this console does not know. */
  whole: boolean
}

/**
 * Every topic on screen, grouped by Lucca resource, each with what makes Lucca send it (from the topic
 * catalog, fetched; its short name until then) and its code beside it, and a checkbox per resource for all its
 * changes (Stripe's event picker, in words an HR admin reads). A filter narrows the list by words or code.
 */
export function TopicPicker({ value, onChange, error }: TopicPickerProps) {
  const { t, i18n } = useTranslation('endpoints/form')
  const labels = useTopicLabels()
  const catalog = useQuery(topicCatalogQuery).data
  const language = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en'
  const firesWhen = (topic: string) =>
    (catalog && catalogEntry(catalog, topic)?.firesWhen[language]) ?? labels.name(topic)
  const [filter, setFilter] = useState('')
  const id = useId()
  const chosen = new Set(value)
  const known = new Set(topicGroups.flatMap(topicsOf))
  // Topics Lucca added after this console was built stay visible and can be unticked. Lucca's contract
  // does not forbid a topic listed twice: the picker lists it once.
  const unknown = [...new Set(value.filter((topic) => !known.has(topic)))]
  const sections: Section[] = [
    ...topicGroups.map((group) => ({
      key: group.resource,
      title: labels.resource(group.resource),
      topics: topicsOf(group),
      whole: true,
    })),
    ...(unknown.length > 0 ? [{ key: 'other', title: labels.other(), topics: unknown, whole: false }] : []),
  ]
  const needle = filter.trim().toLowerCase()
  const matches = (section: Section, topic: string) =>
    needle === '' ||
    [section.title, topic, firesWhen(topic)].some((text) => text.toLowerCase().includes(needle))
  const shown = sections
    .map((section) => ({ ...section, visible: section.topics.filter((topic) => matches(section, topic)) }))
    .filter((section) => section.visible.length > 0)

  const toggle = (topic: string, on: boolean) =>
    onChange(on ? [...value, topic] : value.filter((each) => each !== topic))
  const toggleAll = (topics: string[], on: boolean) =>
    onChange(on ? [...new Set([...value, ...topics])] : value.filter((topic) => !topics.includes(topic)))

  return (
    <Box
      component="fieldset"
      m={0}
      p={0}
      style={{ border: 0, minWidth: 0 }}
      aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <Input.Label component="legend" required>
        {t('form.topics')}
      </Input.Label>
      <Input.Description id={`${id}-help`} mb={6}>
        {t('form.topicsHelp')}{' '}
        <Anchor component={Link} to="/topics" target="_blank" rel="noopener" inherit>
          {t('form.topicsCatalog')}
        </Anchor>
      </Input.Description>
      <Paper withBorder radius="sm">
        <TextInput
          variant="unstyled"
          px="sm"
          leftSection={<IconSearch size={16} aria-hidden />}
          placeholder={t('form.topicsFilter')}
          aria-label={t('form.topicsFilter')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        />
        <Stack gap="md" p="sm" mah={360} style={{ overflowY: 'auto' }}>
          {shown.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('form.topicsNothingFound')}
            </Text>
          )}
          {shown.map((section) => {
            const picked = section.topics.filter((topic) => chosen.has(topic)).length
            return (
              <Stack key={section.key} gap={6}>
                {section.whole ? (
                  <Checkbox
                    label={
                      <Text size="sm" fw={600} span>
                        {t('form.allOfResource', { resource: section.title })}
                      </Text>
                    }
                    checked={picked === section.topics.length}
                    indeterminate={picked > 0 && picked < section.topics.length}
                    onChange={(event) => toggleAll(section.topics, event.currentTarget.checked)}
                  />
                ) : (
                  <Text size="sm" fw={600}>
                    {section.title}
                  </Text>
                )}
                <Stack gap={6} pl={section.whole ? 'lg' : 0}>
                  {section.visible.map((topic) => (
                    <Checkbox
                      key={topic}
                      size="sm"
                      checked={chosen.has(topic)}
                      onChange={(event) => toggle(topic, event.currentTarget.checked)}
                      label={
                        <Group gap={6} wrap="wrap" component="span">
                          <span>{firesWhen(topic)}</span>
                          <Code c="dimmed">{topic}</Code>
                        </Group>
                      }
                    />
                  ))}
                </Stack>
              </Stack>
            )
          })}
        </Stack>
      </Paper>
      <Group justify="space-between" mt={4}>
        {error ? <Input.Error id={`${id}-error`}>{error}</Input.Error> : <span />}
        <Text size="xs" c="dimmed" aria-live="polite">
          {t('form.topicsSelected', { count: chosen.size })}
        </Text>
      </Group>
    </Box>
  )
}
