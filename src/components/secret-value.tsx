import { ActionIcon, Button, Code, CopyButton, Group, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconEye, IconEyeOff } from '@tabler/icons-react'
import { useState } from 'react'

/** The words around a secret, in the caller's namespace: "Show secret", "Show password"… */
export interface SecretValueLabels {
  value: string
  show: string
  hide: string
  copy: string
  copied: string
  copiedAnnouncement: string
}

function mask(secret: string) {
  return `${'•'.repeat(Math.min(24, Math.max(8, secret.length - 4)))}${secret.slice(-4)}`
}

/** A secret shown once (a signing secret, a password): masked until asked, and copied with one button. */
export function SecretValue({
  value,
  labels,
  onCopy,
}: {
  value: string
  labels: SecretValueLabels
  /** After the value went to the clipboard. */
  onCopy?: () => void
}) {
  const [revealed, setRevealed] = useState(false)
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code
        block
        style={{
          flex: 1,
          minWidth: 0,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          fontSize: 'var(--mantine-font-size-sm)',
        }}
        aria-label={labels.value}
      >
        {revealed ? value : mask(value)}
      </Code>
      <Tooltip label={revealed ? labels.hide : labels.show}>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => setRevealed((shown) => !shown)}
          aria-label={revealed ? labels.hide : labels.show}
        >
          {revealed ? <IconEyeOff size={18} aria-hidden /> : <IconEye size={18} aria-hidden />}
        </ActionIcon>
      </Tooltip>
      <CopyButton value={value} timeout={4000}>
        {({ copied, copy }) => (
          <>
            <Button
              color={copied ? 'teal.9' : 'blue'}
              onClick={() => {
                copy()
                onCopy?.()
              }}
              miw={96}
            >
              {copied ? labels.copied : labels.copy}
            </Button>
            {/* Screen readers hear the confirmation too, not only sighted admins. */}
            <VisuallyHidden aria-live="polite">{copied ? labels.copiedAnnouncement : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </Group>
  )
}
