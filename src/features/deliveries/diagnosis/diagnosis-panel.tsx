import { Alert, List, Text } from '@mantine/core'
import { IconStethoscope } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ForYourDeveloper } from '../../../components/for-your-developer'
import type { DiagnosisKind } from './diagnosis'

/**
 * The plain-language reading of a failure and what the admin does; the HTTP code and the receiver-side fix
 * a click away (the page's "Copy report for the integrator" carries them). `actions` lets the page add the
 * buttons that fit (re-activate, verify the signature) without this feature knowing the other screens.
 */
export function DiagnosisPanel({ kind, actions }: { kind: DiagnosisKind; actions?: ReactNode }) {
  const { t } = useTranslation('deliveries/diagnosis')
  const value = t(`diagnosis.${kind}.fix`, { returnObjects: true })
  const steps = (Array.isArray(value) ? value : []).map(String)
  return (
    <Alert
      color={kind === 'gone' ? 'red' : 'orange'}
      variant="light"
      icon={<IconStethoscope aria-hidden />}
      title={t(`diagnosis.${kind}.title`)}
    >
      <Text size="sm">{t(`diagnosis.${kind}.cause`)}</Text>
      <Text size="sm" fw={600} my="sm">
        {t(`diagnosis.${kind}.action`)}
      </Text>
      <ForYourDeveloper>
        <Text size="sm" fw={600}>
          {t(`diagnosis.${kind}.code`)}
        </Text>
        <Text size="sm" fw={600}>
          {t('diagnosis.howToFix')}
        </Text>
        <List type="ordered" size="sm" spacing={4}>
          {steps.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </ForYourDeveloper>
      {actions}
    </Alert>
  )
}
