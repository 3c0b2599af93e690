import { Badge, Box } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Environment } from '../lib/console-client'

const colors: Record<Environment, 'red' | 'orange' | 'grape' | 'gray'> = {
  production: 'red',
  test: 'orange',
  sandbox: 'grape',
  emulator: 'gray',
}

/** `compact`: a shorter label on phones, where the header has room for a word or two. */
export function EnvironmentBadge({ environment, compact }: { environment: Environment; compact?: boolean }) {
  const { t } = useTranslation()
  const label = t(`environment.${environment}`)
  return (
    <Badge
      color={colors[environment]}
      variant={environment === 'production' ? 'filled' : 'light'}
      style={{ flexShrink: 0 }}
    >
      {compact ? (
        <>
          <Box component="span" visibleFrom="xs">
            {label}
          </Box>
          <Box component="span" hiddenFrom="xs">
            {t(`environmentShort.${environment}`)}
          </Box>
        </>
      ) : (
        label
      )}
    </Badge>
  )
}
