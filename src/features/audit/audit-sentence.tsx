import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AuditEntry } from './audit-client'
import { touchedBy } from './audit-target'

const MARK = '\u0000'

/**
 * An entry as a sentence an HR admin reads ("admin changed the endpoint Payroll sync"), what it touched a
 * link to where the console shows it. A deleted endpoint's page says it is gone.
 */
export function AuditSentence({
  entry,
  topicLabel,
}: {
  entry: AuditEntry
  topicLabel: (topic: string) => string
}) {
  const { t } = useTranslation('audit')
  const touched = touchedBy(entry, t)
  const event = touched.event
  const key =
    entry.action === 'delivery.redeliver' && event?.topic ? 'delivery.redeliver-topic' : entry.action
  const sentence = t(`audit.sentences.${key}`, {
    who: entry.username,
    target: MARK,
    event: event?.id,
    topic: event?.topic ? topicLabel(event.topic) : undefined,
    interpolation: { escapeValue: false },
  })
  const [before = '', after = ''] = sentence.split(MARK)
  if (!sentence.includes(MARK)) return <>{sentence}</>
  return (
    <>
      {before}
      {touched.href ? (
        <Anchor component={Link} to={touched.href} inherit>
          {touched.words}
        </Anchor>
      ) : (
        touched.words
      )}
      {after}
    </>
  )
}
