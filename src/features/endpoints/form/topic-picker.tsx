import type { ReactNode } from 'react'
import { Button, Group, Menu, MultiSelect, Stack, Text } from '@mantine/core'
import { IconSquare, IconSquareCheck, IconSquareMinus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { topicGroups, topicsOf, type TopicGroup } from '../topics'
import { useTopicLabels } from '../use-topic-labels'

interface TopicPickerProps {
  value: string[]
  onChange: (topics: string[]) => void
  error?: ReactNode
}

/** Topics grouped by Lucca resource, each with a plain description, plus select-all per resource. */
export function TopicPicker({ value, onChange, error }: TopicPickerProps) {
  const { t } = useTranslation('endpoints/form')
  const labels = useTopicLabels()
  const known = new Set(topicGroups.flatMap(topicsOf))
  // Topics Lucca added after this console was built stay selectable and visible.
  // Lucca's contract does not forbid a topic listed twice: the picker lists it once.
  const unknown = [...new Set(value.filter((topic) => !known.has(topic)))]
  const data = [
    ...topicGroups.map((group) => ({
      group: labels.resource(group.resource),
      items: topicsOf(group).map((topic) => ({ value: topic, label: topic })),
    })),
    ...(unknown.length > 0
      ? [{ group: labels.other(), items: unknown.map((topic) => ({ value: topic, label: topic })) }]
      : []),
  ]

  function toggleGroup(group: TopicGroup) {
    const topics = topicsOf(group)
    const all = topics.every((topic) => value.includes(topic))
    onChange(all ? value.filter((topic) => !topics.includes(topic)) : [...new Set([...value, ...topics])])
  }

  return (
    <Stack gap={6}>
      <MultiSelect
        label={t('form.topics')}
        description={t('form.topicsHelp')}
        placeholder={value.length === 0 ? t('form.topicsPlaceholder') : undefined}
        data={data}
        value={value}
        onChange={onChange}
        error={error}
        searchable
        clearable
        // Mantine keeps closed listboxes in the DOM, labelled like the input: that makes the label ambiguous.
        comboboxProps={{ keepMounted: false }}
        nothingFoundMessage={t('form.topicsNothingFound')}
        // A plain scrolling listbox (Mantine's ScrollArea would put a foreign child inside it), made
        // focusable so keyboard users can also scroll it directly.
        withScrollArea={false}
        styles={{ options: { maxHeight: 320, overflowY: 'auto' } }}
        attributes={{ options: { tabIndex: 0 } }}
        renderOption={({ option, checked }) => (
          <Stack gap={0}>
            <Text size="sm" fw={checked ? 600 : 400}>
              {option.value}
            </Text>
            <Text size="xs" c="dimmed">
              {labels.describe(option.value)}
            </Text>
          </Stack>
        )}
      />
      <Group gap="xs">
        <Menu closeOnItemClick={false} position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="subtle" size="compact-sm">
              {t('form.selectByResource')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {topicGroups.map((group) => {
              const topics = topicsOf(group)
              const picked = topics.filter((topic) => value.includes(topic)).length
              return (
                <Menu.Item
                  key={group.resource}
                  onClick={() => toggleGroup(group)}
                  leftSection={<GroupStateIcon picked={picked} total={topics.length} />}
                  rightSection={
                    <Text size="xs" c="dimmed">
                      {picked}/{topics.length}
                    </Text>
                  }
                >
                  {t('form.allOfResource', { resource: labels.resource(group.resource) })}
                </Menu.Item>
              )
            })}
          </Menu.Dropdown>
        </Menu>
        {value.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('form.topicsSelected', { count: value.length })}
          </Text>
        )}
      </Group>
    </Stack>
  )
}

function GroupStateIcon({ picked, total }: { picked: number; total: number }) {
  if (picked === total)
    return <IconSquareCheck size={16} aria-hidden color="var(--mantine-primary-color-filled)" />
  if (picked > 0) return <IconSquareMinus size={16} aria-hidden />
  return <IconSquare size={16} aria-hidden />
}
