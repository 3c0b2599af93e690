import { Alert, List, Text } from '@mantine/core'
import { IconStethoscope } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DiagnosisKind } from './diagnosis'

/**
 * The plain-language reading of a failure and how to fix it. `actions` lets the page add the buttons that
 * fit (re-activate, verify the signature) without this feature knowing the other screens.
 */
export function DiagnosisPanel({ kind, actions }: { kind: DiagnosisKind; actions?: ReactNode }) {
  const { t } = useTranslation('deliveries/diagnosis')
  const steps = t(`diagnosis.${kind}.fix`, { returnObjects: true })
  return (
    <Alert
      color={kind === 'gone' ? 'red' : 'orange'}
      variant="light"
      icon={<IconStethoscope aria-hidden />}
      title={t(`diagnosis.${kind}.title`)}
    >
      <Text size="sm">{t(`diagnosis.${kind}.cause`)}</Text>
      <Text size="sm" fw={600} mt="sm">
        {t('diagnosis.howToFix')}
      </Text>
      <List type="ordered" size="sm" spacing={4} mt={4}>
        {(Array.isArray(steps) ? steps : []).map((step) => (
          <List.Item key={String(step)}>{String(step)}</List.Item>
        ))}
      </List>
      {actions}
    </Alert>
  )
}
