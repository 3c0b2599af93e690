import { Button, Code, CopyButton, Group, Paper, Table, Tabs, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ForYourDeveloper } from '../../components/for-your-developer'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { QueryError } from '../../components/query-error'
import { snippetLanguages, snippetsQuery } from './snippets'
import { testVector } from './test-vector'

const labels = { node: 'Node.js', python: 'Python', php: 'PHP', csharp: 'C#' } as const
const vectorKeys = ['secret', 'timestamp', 'body', 'signature'] as const

/** Copyable receiver code for Lucca's signature, and the test vector it checks itself against. */
export function VerificationSnippets() {
  const { t } = useTranslation('onboarding')
  const snippets = useQuery(snippetsQuery)
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('snippets.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('snippets.plain')}
      </Text>
      <ForYourDeveloper
        copyText={[
          t('snippets.scheme'),
          t('snippets.formula'),
          `${t('snippets.vector')}:`,
          ...vectorKeys.map((key) => `${t(`snippets.vectorFields.${key}`)}: ${testVector[key]}`),
        ].join('\n')}
      >
        <Text size="sm">{t('snippets.scheme')}</Text>
        <Code block>{t('snippets.formula')}</Code>
        {snippets.isPending && <LoadingPlaceholder heights={[36, 200]} />}
        {snippets.isError && <QueryError error={snippets.error} onRetry={() => void snippets.refetch()} />}
        {snippets.data && (
          <Tabs defaultValue="node">
            <Tabs.List>
              {snippetLanguages.map((language) => (
                <Tabs.Tab key={language} value={language}>
                  {labels[language]}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {snippetLanguages.map((language) => (
              <Tabs.Panel key={language} value={language} pt="sm">
                <Group justify="flex-end" mb={4}>
                  <CopyButton value={snippets.data[language]}>
                    {({ copied, copy }) => (
                      <Button size="xs" variant="default" onClick={copy}>
                        {copied ? t('snippets.copied') : t('snippets.copy', { language: labels[language] })}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Code
                  block
                  style={{ maxHeight: 360, overflow: 'auto' }}
                  tabIndex={0}
                  role="region"
                  aria-label={labels[language]}
                >
                  {snippets.data[language]}
                </Code>
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
        <Title order={3} size="h5" mt="xs">
          {t('snippets.vector')}
        </Title>
        <Table withTableBorder fz="xs">
          <Table.Tbody>
            {vectorKeys.map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row">{t(`snippets.vectorFields.${key}`)}</Table.Th>
                <Table.Td>
                  <Code>{testVector[key]}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ForYourDeveloper>
    </Paper>
  )
}
