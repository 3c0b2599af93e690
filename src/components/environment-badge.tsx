import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Environment } from '../lib/console-client'

const colors: Record<Environment, 'red' | 'orange' | 'grape' | 'gray'> = {
  production: 'red',
  test: 'orange',
  sandbox: 'grape',
  emulator: 'gray',
}

export function EnvironmentBadge({ environment }: { environment: Environment }) {
  const { t } = useTranslation()
  return (
    <Badge color={colors[environment]} variant={environment === 'production' ? 'filled' : 'light'}>
      {t(`environment.${environment}`)}
    </Badge>
  )
}
