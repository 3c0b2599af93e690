import { useTranslation } from 'react-i18next'
import type { DiagnosisKind } from './diagnosis'

/** The short name of a diagnosis ("Your receiver ran into an error"), for screens outside this folder. */
export function useDiagnosisTitle(): (kind: DiagnosisKind) => string {
  const { t } = useTranslation('deliveries/diagnosis')
  return (kind) => t(`diagnosis.${kind}.title`)
}
