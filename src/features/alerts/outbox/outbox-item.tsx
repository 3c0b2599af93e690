import { Badge, Box, Button, Card, Code, Collapse, Group, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocalOutboxItem } from '../alerts-client'
import { dateTimeFormat } from '../../../lib/format'

/** One message as the local mail server or hook got it: an email rendered (sandboxed), a chat message as text. */
export function OutboxItem({ item }: { item: LocalOutboxItem }) {
  const { t, i18n } = useTranslation('alerts/outbox')
  const [jsonShown, json] = useDisclosure(false)
  const titleId = useId()
  const jsonId = useId()
  const when = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(item.receivedAt),
  )
  return (
    <Card withBorder component="li" style={{ listStyle: 'none' }} aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" align="flex-start">
          <Title
            order={2}
            size="h5"
            id={titleId}
            style={{ flex: 1, minWidth: 200, overflowWrap: 'anywhere' }}
          >
            {item.subject}
          </Title>
          <Badge variant="light">{t(`kinds.${item.kind}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('to', { to: item.to })} · {t('received', { when })}
        </Text>
        {item.signatureValid !== null && (
          <Text
            size="sm"
            fw={600}
            c={item.signatureValid ? 'var(--mantine-color-teal-light-color)' : 'var(--mantine-color-error)'}
          >
            {item.signatureValid ? t('signatureValid') : t('signatureInvalid')}
          </Text>
        )}
        {item.html !== null ? (
          // No script, form or link runs inside: `sandbox=""` grants nothing, and the page's own origin stays out.
          <Box
            component="iframe"
            sandbox=""
            srcDoc={item.html}
            title={t('html', { subject: item.subject })}
            w="100%"
            h={420}
            style={{
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 4,
              background: 'white',
            }}
          />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {item.text}
          </Text>
        )}
        {item.json !== null && (
          <>
            <Button
              size="xs"
              variant="subtle"
              w="fit-content"
              aria-expanded={jsonShown}
              aria-controls={jsonId}
              onClick={json.toggle}
            >
              {jsonShown ? t('hideJson') : t('showJson')}
            </Button>
            <Collapse expanded={jsonShown} id={jsonId}>
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {JSON.stringify(item.json, null, 2)}
              </Code>
            </Collapse>
          </>
        )}
      </Stack>
    </Card>
  )
}
