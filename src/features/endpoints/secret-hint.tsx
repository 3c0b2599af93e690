import { Code, Group, Stack, Text } from '@mantine/core'
import { IconKey } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SecretHint as Hint } from '../../../contract/console-history-api'

interface SecretHintProps {
  /** From the history's overview: null when the endpoint was made outside this console. */
  secret: Hint | null
  /** Actions on the secret (rotation), beside what is known of it. */
  children?: ReactNode
}

/** When this console issued the signing secret and how it ends, so an admin can tell which one a server holds. */
export function SecretHint({ secret, children }: SecretHintProps) {
  const { t, i18n } = useTranslation('endpoints')
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
  return (
    <Stack gap={4} component="section" aria-labelledby="endpoint-secret">
      <Group gap="xs" wrap="nowrap">
        <IconKey size={16} aria-hidden />
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" id="endpoint-secret">
          {t('secretHint.title')}
        </Text>
      </Group>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Text size="sm">
          {secret ? t('secretHint.issued', { when: date(secret.issuedAt) }) : t('secretHint.outside')}
          {secret?.last4 && (
            <>
              {' · '}
              {t('secretHint.endsWith')} <Code>…{secret.last4}</Code>
            </>
          )}
        </Text>
        {children}
      </Group>
    </Stack>
  )
}
