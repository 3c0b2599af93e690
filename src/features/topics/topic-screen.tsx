import { Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { QueryError } from '../../components/query-error'
import { catalogEntry } from '../../lib/topic-catalog'
import { ExamplePayload } from './example-payload'
import { FieldList } from './field-list'
import { topicPath, useCatalog } from './use-catalog'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  )
}

/**
 * One topic: when Lucca sends it, the chain it belongs to, what it carries (personal data flagged); the
 * envelope, an example and the source for the developer, behind a disclosure.
 */
export function TopicScreen({ topic, topicLabel }: { topic: string; topicLabel: (topic: string) => string }) {
  const { query, language } = useCatalog()
  const { data: catalog, error, refetch } = query
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />
  if (!catalog) return <LoadingPlaceholder heights={[60, 200, 120]} />
  const ui = catalog.ui[language]
  const entry = catalogEntry(catalog, topic)
  if (!entry) return <Text>{ui.unknown}</Text>
  const { resource, firesWhen, chains } = entry
  const personal = resource.fields.filter((field) => field.personal).length
  return (
    <Stack>
      <Section title={ui.firesWhen}>
        <Text>{firesWhen[language]}</Text>
      </Section>
      {chains.map((chain) => (
        <Section key={chain.id} title={ui.chain}>
          <Text size="sm" mb="xs">
            {chain[language]}
          </Text>
          <Box component="ol" m={0} pl="lg">
            {chain.steps.map((step) => (
              <li key={step}>
                {step === topic ? (
                  <Text size="sm" fw={700} span aria-current="page">
                    {topicLabel(step)}
                  </Text>
                ) : (
                  <Anchor component={Link} to={topicPath(step)} size="sm">
                    {topicLabel(step)}
                  </Anchor>
                )}
              </li>
            ))}
          </Box>
        </Section>
      ))}
      <Section title={ui.fields}>
        <Text size="sm" fw={600} mb="sm">
          {personal === 0
            ? ui.noPersonal
            : personal === 1
              ? ui.personalOne
              : ui.personalMany.replace('{{count}}', String(personal))}
        </Text>
        <FieldList fields={resource.fields} language={language} ui={ui} />
        {resource.fields.some((field) => field.origin === 'assumed') && (
          <Text size="xs" c="dimmed" mt="sm">
            {ui.toConfirmNote}
          </Text>
        )}
      </Section>
      <Paper withBorder p="md" component="details">
        <Text component="summary" fw={600} style={{ cursor: 'pointer' }}>
          {ui.developer}
        </Text>
        <Stack mt="sm">
          <Title order={3} size="h5">
            {ui.example}
          </Title>
          <ExamplePayload catalog={catalog} topic={topic} language={language} />
          <Text size="xs" c="dimmed">
            {ui.source} {resource.source}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  )
}
