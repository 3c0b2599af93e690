import { Button, CopyButton, Group, Stack, VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Disclosure } from './disclosure'

interface ForYourDeveloperProps {
  children: ReactNode
  /** The same technical detail as plain text, for "Copy for my integrator"; no copy action when absent. */
  copyText?: string
}

/** The technical part of a screen (HMAC, HTTP codes, raw ids, API version), behind "For your developer". */
export function ForYourDeveloper({ children, copyText }: ForYourDeveloperProps) {
  const { t } = useTranslation()
  return (
    <Disclosure summary={t('developer.title')}>
      <Stack gap="xs">
        {children}
        {copyText && (
          <Group>
            <CopyButton value={copyText} timeout={4000}>
              {({ copied, copy }) => (
                <>
                  <Button size="xs" variant="light" color={copied ? 'teal.9' : 'blue'} onClick={copy}>
                    {copied ? t('developer.copied') : t('developer.copy')}
                  </Button>
                  <VisuallyHidden aria-live="polite">{copied ? t('developer.copied') : ''}</VisuallyHidden>
                </>
              )}
            </CopyButton>
          </Group>
        )}
      </Stack>
    </Disclosure>
  )
}
