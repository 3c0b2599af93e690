import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

// What the embedded receiver does at each path (server/receiver/answers.ts; README "The local test receiver").
const behaviours = [
  { key: 'ok', path: 'ok' },
  { key: 'fail', path: 'fail/500' },
  { key: 'slow', path: 'slow/5000' },
  { key: 'gone', path: 'fail/404' },
] as const

/** A path of its own for each pick, made on click; `getRandomValues` works outside secure contexts too. */
function pathToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')
}

/**
 * On the local emulator only: fills the URL with the console's own test receiver, so a new admin can try
 * every screen before any integration exists. Each pick gets a path of its own, so its deliveries stay apart.
 */
export function TestReceiverPicker({ baseUrl, onPick }: { baseUrl: string; onPick: (url: string) => void }) {
  const { t } = useTranslation('endpoints/form')
  return (
    <Stack gap={6}>
      <Text size="sm">{t('form.testReceiver.intro')}</Text>
      <Group gap="xs">
        {behaviours.map(({ key, path }) => (
          <Button
            key={key}
            size="compact-sm"
            variant="light"
            onClick={() => onPick(`${baseUrl}/${path}/${pathToken()}`)}
            title={t(`form.testReceiver.${key}Hint`)}
          >
            {t(`form.testReceiver.${key}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  )
}
