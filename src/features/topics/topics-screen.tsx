import { Anchor, Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { QueryError } from '../../components/query-error'
import { topicPath, useCatalog } from './use-catalog'

/** Every topic Lucca can send, grouped by record, in plain words; Lucca's event chains first. */
export function TopicsScreen({ resourceLabel }: { resourceLabel: (resource: string) => string }) {
  const { query, language } = useCatalog()
  const { data: catalog, error, refetch } = query
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />
  if (!catalog) return <LoadingPlaceholder heights={[80, 160, 160]} />
  const ui = catalog.ui[language]
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {ui.description}
      </Text>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {ui.chains}
        </Title>
        {catalog.chains.map((chain) => (
          <Text key={chain.id} size="sm">
            {chain[language]}
          </Text>
        ))}
      </Paper>
      {catalog.resources.map(({ resource, ...entry }) => (
        <Paper key={resource} withBorder p="md" component="section" aria-labelledby={`topics-${resource}`}>
          <Group gap="xs" mb="xs">
            <Title order={2} size="h4" id={`topics-${resource}`}>
              {resourceLabel(resource)}
            </Title>
            {entry.fields.some((field) => field.personal) && (
              <Badge color="orange" variant="light">
                {ui.personal}
              </Badge>
            )}
          </Group>
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {entry.topics.map(({ change, ...firesWhen }) => (
              <Group key={change} component="li" gap={6} wrap="wrap">
                <Anchor component={Link} to={topicPath(`${resource}.${change}`)} size="sm">
                  {firesWhen[language]}
                </Anchor>
                <Code>{`${resource}.${change}`}</Code>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
