import { Badge, Button, Group } from '@mantine/core'
import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './topics-cell.module.css'

const shown = 2

/** A compact topic list that expands in place, so long subscriptions don't stretch every row. */
export function TopicsCell({
  topics: listed,
  expandedByDefault = false,
}: {
  topics: string[]
  expandedByDefault?: boolean
}) {
  const { t } = useTranslation('endpoints')
  const [expanded, setExpanded] = useState(expandedByDefault)
  const topics = [...new Set(listed)] // Lucca's contract does not forbid a topic listed twice
  const visible = expanded ? topics : topics.slice(0, shown)
  const hidden = topics.length - visible.length
  return (
    <Group gap={4} maw={320}>
      {visible.map((topic) => (
        <Badge key={topic} variant="outline" color="gray" tt="none" fw={500} radius="sm" h="auto" maw="100%">
          {/* A long topic wraps after a dot or a dash rather than being cut to "employee.cr…". */}
          <span className={classes.topic}>
            {topic.split(/(?<=[.-])/).map((part, index) => (
              <Fragment key={index}>
                {index > 0 && <wbr />}
                {part}
              </Fragment>
            ))}
          </span>
        </Badge>
      ))}
      {topics.length > shown && (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => setExpanded((value) => !value)}
          aria-expanded={expanded}
        >
          {hidden > 0 ? t('list.moreTopics', { count: hidden }) : t('list.fewerTopics')}
        </Button>
      )}
    </Group>
  )
}
